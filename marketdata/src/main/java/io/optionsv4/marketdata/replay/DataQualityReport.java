package io.optionsv4.marketdata.replay;

import io.optionsv4.core.result.Checks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data quality of one run: every file read, how many rows were rejected for each reason, and the first {@link
 * #SHOWN} rejected rows with file, line and offending field. Printed on standard error, logged and put in the results
 * JSON, so no row is ever left out silently.
 *
 * @param files the files read, in the order they were first read
 * @param rejected rejected rows by reason (only reasons that occurred)
 * @param firstRows the first {@link #SHOWN} rejected rows
 */
public record DataQualityReport(List<Path> files, Map<DataIssue, Integer> rejected, List<RowWarning> firstRows) {

    /** How many rejected rows the report lists one by one. */
    public static final int SHOWN = 20;

    /** Validates and copies the parts. */
    public DataQualityReport {
        files = List.copyOf(Checks.notNull(files, "files"));
        rejected = Map.copyOf(Checks.notNull(rejected, "rejected"));
        firstRows = List.copyOf(Checks.notNull(firstRows, "firstRows"));
    }

    /** Returns the report of {@code files} whose rejected rows are {@code warnings}. */
    public static DataQualityReport of(List<Path> files, Collection<RowWarning> warnings) {
        Map<DataIssue, Integer> counts = new EnumMap<>(DataIssue.class);
        warnings.forEach(w -> counts.merge(w.issue(), 1, Integer::sum));
        return new DataQualityReport(
                files, counts, warnings.stream().limit(SHOWN).toList());
    }

    /** Returns the number of rejected rows. */
    public int total() {
        return rejected.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Returns true when no row was rejected. */
    public boolean isClean() {
        return total() == 0;
    }

    /** Returns the report as lines of text for standard error and the log. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("data quality: " + files.size() + " files read, " + total() + " rows rejected"
                + (isClean() ? "" : " " + countsText()));
        firstRows.forEach(w -> lines.add("  " + w));
        if (total() > firstRows.size()) {
            lines.add("  ... and " + (total() - firstRows.size()) + " more");
        }
        return List.copyOf(lines);
    }

    /** Returns the report as plain maps and lists for a JSON document. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("files_read", files.size());
        map.put("rows_rejected", total());
        Map<String, Integer> counts = new LinkedHashMap<>();
        sorted().forEach(e -> counts.put(e.getKey().name().toLowerCase(java.util.Locale.ROOT), e.getValue()));
        map.put("rejected_by_reason", counts);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RowWarning w : firstRows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", w.file().toString());
            row.put("line", w.line());
            row.put("reason", w.issue().name().toLowerCase(java.util.Locale.ROOT));
            row.put("field", w.field());
            row.put("key", w.key());
            row.put("message", w.message());
            rows.add(row);
        }
        map.put("first_rows", rows);
        return map;
    }

    private String countsText() {
        return sorted().map(e -> e.getKey() + "=" + e.getValue()).toList().toString();
    }

    private java.util.stream.Stream<Map.Entry<DataIssue, Integer>> sorted() {
        return rejected.entrySet().stream().sorted(Map.Entry.comparingByKey());
    }
}
