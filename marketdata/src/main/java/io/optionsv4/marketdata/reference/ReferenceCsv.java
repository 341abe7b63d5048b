package io.optionsv4.marketdata.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the project's own reference tables: CSV resources next to this class (or, for other packages' tables such as
 * the historical NIFTY market's, next to an anchor class of theirs), with leading {@code #} comment lines
 * (source and date), one header row, then rows of comma-separated fields (no quoting; fields never hold commas). A
 * wrong header or a malformed row is a broken build, reported with the resource and line.
 *
 * <pre>
 * # Lot size (units per lot) by contract expiry month; ...
 * symbol,first_month,last_month,units_per_lot,source
 * NIFTY,2020-01,2020-03,75,FO2020
 * </pre>
 */
public final class ReferenceCsv {

    private ReferenceCsv() {}

    /**
     * One data row: its resource and line for messages, and its fields. Each typed getter throws {@link
     * IllegalStateException} naming the resource, line and field when the field does not parse.
     *
     * @param resource the table's resource name
     * @param line the 1-based line of the row
     * @param fields the row's fields, stripped
     */
    public record Row(String resource, int line, List<String> fields) {

        /** Returns field {@code index} as written. */
        public String text(int index) {
            return fields.get(index);
        }

        /** Returns field {@code index}, or empty when it is blank or absent. */
        public Optional<String> optional(int index) {
            return index < fields.size() && !fields.get(index).isEmpty()
                    ? Optional.of(fields.get(index))
                    : Optional.empty();
        }

        /** Returns field {@code index} as an integer. */
        public int integer(int index) {
            try {
                return Integer.parseInt(text(index));
            } catch (NumberFormatException e) {
                throw malformed("integer", index, e);
            }
        }

        /** Returns field {@code index} as a decimal number. */
        public double decimal(int index) {
            try {
                return Double.parseDouble(text(index));
            } catch (NumberFormatException e) {
                throw malformed("number", index, e);
            }
        }

        /** Returns field {@code index} as an ISO date ({@code 2020-01-30}). */
        public LocalDate date(int index) {
            try {
                return LocalDate.parse(text(index));
            } catch (DateTimeException e) {
                throw malformed("date", index, e);
            }
        }

        /** Returns field {@code index} as a month ({@code 2020-01}). */
        public YearMonth month(int index) {
            try {
                return YearMonth.parse(text(index));
            } catch (DateTimeException e) {
                throw malformed("month", index, e);
            }
        }

        /** Returns the error for field {@code index} that is not a {@code what}, naming the resource and line. */
        public IllegalStateException malformed(String what, int index, RuntimeException cause) {
            return new IllegalStateException(
                    resource + " line " + line + ": field " + (index + 1) + " is not a " + what + ": '"
                            + fields.get(index) + "'",
                    cause);
        }
    }

    /** Reads a resource of this package, checking its header; returns the data rows. */
    static List<Row> read(String resource, String header) {
        return read(ReferenceCsv.class, resource, header);
    }

    /**
     * Reads a resource next to {@code anchor} (a class of the package that owns the table), checking its header.
     *
     * @return the data rows, in file order
     * @throws IllegalStateException naming the resource (and line) when it is missing, its header is wrong or a row has
     *     another number of fields
     */
    public static List<Row> read(Class<?> anchor, String resource, String header) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference table " + resource + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, header, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference table " + resource, e);
        }
    }

    static List<Row> parse(String resource, String header, List<String> lines) {
        int columns = header.split(",", -1).length;
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(header)) {
                    throw new IllegalStateException(
                            resource + " line " + (i + 1) + ": header must be '" + header + "' but was '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            List<String> fields =
                    List.of(line.split(",", -1)).stream().map(String::strip).toList();
            if (fields.size() != columns) {
                throw new IllegalStateException(resource + " line " + (i + 1) + ": expected " + columns
                        + " fields but found " + fields.size() + ": '" + line + "'");
            }
            rows.add(new Row(resource, i + 1, fields));
        }
        if (!headerSeen) {
            throw new IllegalStateException(resource + ": no header row '" + header + "'");
        }
        return List.copyOf(rows);
    }
}
