package io.optionsv4.marketdata.replay;

import io.optionsv4.core.market.MarketDataException;
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
 * strips blanks around fields (the {@code ", "} separators of the full cash bhavcopy); the trailing comma of the old
 * formats is an empty last column of header and rows alike, so every row must have as many fields as the header. A
 * row the parser rejects with an {@link IllegalArgumentException} or a {@link java.time.DateTimeException} is
 * skipped and reported as a {@link RowWarning}; an {@link ImpossibleValueException} fails the whole file; so do more
 * than {@link #MAX_MALFORMED_SHARE} malformed rows (beyond {@link #MALFORMED_ALLOWANCE}), since a file that broken is
 * not trustworthy.
 */
final class CsvTable {

    /** Malformed rows accepted whatever the file size. */
    static final int MALFORMED_ALLOWANCE = 10;

    /** Share of malformed rows above which (beyond the allowance) the file fails. */
    static final double MAX_MALFORMED_SHARE = 0.01;

    /** Turns one row's fields into a value, or skips the row by returning null (e.g. another series). */
    @FunctionalInterface
    interface RowParser<T> {
        T parse(Fields fields);
    }

    /**
     * The rows a file yielded and the rows it skipped.
     *
     * @param rows parsed values in file order
     * @param warnings one per malformed row
     */
    record Parsed<T>(List<T> rows, List<RowWarning> warnings) {}

    private CsvTable() {}

    /**
     * Parses {@code file}, requiring every column of {@code required} in its header.
     *
     * @throws MarketDataException naming the file when it cannot be read, its header lacks a column, a value is
     *     impossible or too many rows are malformed
     */
    static <T> Parsed<T> parse(Path file, String format, List<String> required, RowParser<T> parser) {
        List<String> lines = readLines(file);
        if (lines.isEmpty()) {
            throw new MarketDataException(format + " file " + file + " is empty");
        }
        Map<String, Integer> columns = header(file, format, lines.get(0), required);
        int fieldCount = split(lines.get(0)).length;
        List<T> rows = new ArrayList<>(lines.size());
        List<RowWarning> warnings = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = split(line);
            try {
                if (fields.length != fieldCount) {
                    throw new IllegalArgumentException("has " + fields.length + " fields, the header " + fieldCount);
                }
                T row = parser.parse(new Fields(columns, fields));
                if (row != null) {
                    rows.add(row);
                }
            } catch (ImpossibleValueException e) {
                throw new MarketDataException(format + " file " + file + " line " + (i + 1) + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                warnings.add(new RowWarning(file, i + 1, "malformed row skipped: " + e.getMessage()));
            }
        }
        if (warnings.size() > MALFORMED_ALLOWANCE + MAX_MALFORMED_SHARE * lines.size()) {
            throw new MarketDataException(format + " file " + file + " has " + warnings.size()
                    + " malformed rows; first: " + warnings.get(0));
        }
        return new Parsed<>(List.copyOf(rows), List.copyOf(warnings));
    }

    private static List<String> readLines(Path file) {
        try {
            return DataFiles.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new MarketDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
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
            throw new MarketDataException(
                    format + " file " + file + " has a wrong header: missing " + missing + " in '" + line + "'");
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
