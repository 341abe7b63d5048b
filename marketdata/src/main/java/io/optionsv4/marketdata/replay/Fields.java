package io.optionsv4.marketdata.replay;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One CSV row's fields, read by column name. Unparsable text throws {@link IllegalArgumentException} (the row is
 * malformed and skipped); a parsed but impossible value throws {@link ImpossibleValueException} (the file fails).
 */
final class Fields {

    private final Map<String, Integer> columns;
    private final String[] values;

    Fields(Map<String, Integer> columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** Returns the stripped text of {@code column} (empty when the cell is empty). */
    String text(String column) {
        return values[columns.get(column)];
    }

    /** Returns a non-blank text or throws {@link IllegalArgumentException}. */
    String required(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return text;
    }

    /** Returns a price, which must be {@code >= 0}. */
    double price(String column) {
        double value = number(column);
        if (value < 0) {
            throw new ImpossibleValueException("negative " + column + " " + value);
        }
        return value;
    }

    /** Returns a whole count, which must be {@code >= 0}. */
    long count(String column) {
        long value = signedCount(column);
        if (value < 0) {
            throw new ImpossibleValueException("negative " + column + " " + value);
        }
        return value;
    }

    /** Returns a whole number that may be negative (a change in open interest). */
    long signedCount(String column) {
        double value = number(column);
        if (value != Math.rint(value) || Math.abs(value) > 1e15) {
            throw new IllegalArgumentException(column + " is not a whole number: '" + text(column) + "'");
        }
        return (long) value;
    }

    /** Returns a finite number. */
    double number(String column) {
        String text = required(column);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: '" + text + "'", e);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(column + " is not a finite number: '" + text + "'");
        }
        return value;
    }

    /** Returns a date in {@code format}; unparsable text throws a {@link java.time.DateTimeException}. */
    LocalDate date(String column, DateTimeFormatter format) {
        return LocalDate.parse(required(column), format);
    }

    /** Fails the file when the row's trade date is not the date the file is named for. */
    static void requireTradeDate(LocalDate rowDate, LocalDate fileDate, String column) {
        if (!rowDate.equals(fileDate)) {
            throw new ImpossibleValueException(column + " " + rowDate + " is not the file's date " + fileDate);
        }
    }
}
