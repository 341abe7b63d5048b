package io.optionsv4.marketdata.replay;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.SafeText;
import io.optionsv4.marketdata.files.DataFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one NSE CSV file (no quoting in these formats) row by row: checks the header, splits each line on commas,
 * strips blanks around fields (the {@code ", "} separators of the full cash bhavcopy); a blank line is a
 * rejected row (NSE files have none); the trailing comma of the old
 * formats is an empty last column of header and rows alike, so every row must have as many fields as the header.
 *
 * <p>A row the parser rejects with a {@link RowException} (or another {@link IllegalArgumentException}) is left out
 * and reported as a {@link RowWarning} with its line, reason and field; an {@link ImpossibleValueException} fails the
 * whole file, and so do more rejected rows than the {@link DataQualityPolicy} allows and a last line without a line
 * end (a cut-off file). Every failure names the file, and the line where there is one.
 */
final class CsvTable {

    /** Turns one row's fields into a value, or skips the row by returning null (e.g. another series). */
    @FunctionalInterface
    interface RowParser<T> {
        T parse(Fields fields);
    }

    /**
     * What a file is.
     *
     * @param format the format's name for messages, e.g. "F&amp;O bhavcopy"
     * @param required the columns the header must have
     * @param keyColumn the column that names a row (symbol or date) in its warning
     */
    record Spec(String format, List<String> required, String keyColumn) {}

    /**
     * The rows a file yielded and the rows it rejected.
     *
     * @param rows parsed values in file order
     * @param lines the 1-based line of each value in {@code rows}
     * @param warnings one per rejected row
     */
    record Parsed<T>(List<T> rows, List<Integer> lines, List<RowWarning> warnings) {}

    private CsvTable() {}

    /** Parses {@code file} with {@link DataQualityPolicy#DEFAULT} and no key column. */
    static <T> Parsed<T> parse(Path file, String format, List<String> required, RowParser<T> parser) {
        return parse(file, new Spec(format, required, ""), DataQualityPolicy.DEFAULT, parser);
    }

    /**
     * Parses {@code file}.
     *
     * @throws MarketDataException naming the file (and line) when it cannot be read, is cut off, its header lacks a
     *     column, a value is impossible or more rows are rejected than {@code policy} allows
     */
    static <T> Parsed<T> parse(Path file, Spec spec, DataQualityPolicy policy, RowParser<T> parser) {
        String format = spec.format();
        List<String> lines = readLines(file, format);
        Map<String, Integer> columns = header(file, format, lines.get(0), spec.required());
        int fieldCount = split(lines.get(0)).length;
        List<T> rows = new ArrayList<>(lines.size());
        List<Integer> rowLines = new ArrayList<>(lines.size());
        List<RowWarning> warnings = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                warnings.add(new RowWarning(file, i + 1, DataIssue.FIELD_COUNT, "", "", "blank line"));
                continue;
            }
            Fields fields = new Fields(columns, split(line));
            try {
                if (fields.size() != fieldCount) {
                    throw new RowException(
                            DataIssue.FIELD_COUNT, "", "has " + fields.size() + " fields, the header " + fieldCount);
                }
                T row = parser.parse(fields);
                if (row != null) {
                    rows.add(row);
                    rowLines.add(i + 1);
                }
            } catch (ImpossibleValueException e) {
                throw new MarketDataException(format + " file " + file + ":" + (i + 1) + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                warnings.add(warning(file, i + 1, fields.keyText(spec.keyColumn()), e));
            }
        }
        if (policy.tooMany(warnings.size(), lines.size() - 1)) {
            throw new MarketDataException(format + " file " + file + " has " + warnings.size()
                    + " rejected rows, more than the data-quality threshold allows; first: " + warnings.get(0));
        }
        return new Parsed<>(List.copyOf(rows), List.copyOf(rowLines), List.copyOf(warnings));
    }

    private static RowWarning warning(Path file, int line, String key, RuntimeException e) {
        String message = "row rejected: " + SafeText.escape(e.getMessage());
        return e instanceof RowException row
                ? new RowWarning(file, line, row.issue(), row.field(), key, message)
                : new RowWarning(file, line, DataIssue.INVALID_VALUE, "", key, message);
    }

    private static List<String> readLines(Path file, String format) {
        String text;
        try {
            text = DataFiles.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new MarketDataException("cannot read " + file + ": " + SafeText.escape(e.getMessage()), e);
        }
        if (text.isEmpty()) {
            throw new MarketDataException(format + " file " + file + " is empty");
        }
        List<String> lines = text.lines().toList();
        if (!text.endsWith("\n") && !text.endsWith("\r")) {
            throw new MarketDataException(format + " file " + file + ":" + lines.size()
                    + ": the last line has no line end; the file is cut off (an incomplete download?)");
        }
        return lines;
    }

    private static Map<String, Integer> header(Path file, String format, String line, List<String> required) {
        String[] names = split(line.replace("\u00EF\u00BB\u00BF", "").replace("\uFEFF", ""));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i], i);
        }
        List<String> missing =
                required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new MarketDataException(format + " file " + file + ":1 has a wrong header: missing " + missing
                    + " in " + SafeText.quote(line));
        }
        return columns;
    }

    /** Splits on every comma, keeping empty fields, and strips each field. */
    static String[] split(String line) {
        List<String> fields = new ArrayList<>(40);
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                fields.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        fields.add(line.substring(start).strip());
        return fields.toArray(String[]::new);
    }
}
