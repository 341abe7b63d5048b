package io.optionsv4.marketdata.replay;

import io.optionsv4.core.result.SafeText;
import io.optionsv4.core.result.StrictNumbers;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One CSV row's fields, read by column name. Unparsable text throws a {@link RowException} naming the reason and the
 * column (the row is rejected and reported); a parsed but impossible value throws {@link ImpossibleValueException}
 * (the file fails). Numbers follow {@link StrictNumbers}; quoted input goes through {@link SafeText}.
 */
final class Fields {

    private final Map<String, Integer> columns;
    private final String[] values;

    Fields(Map<String, Integer> columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** Returns the number of fields of the row. */
    int size() {
        return values.length;
    }

    /** Returns the stripped text of {@code column} (empty when the cell is empty). */
    String text(String column) {
        return values[columns.get(column)];
    }

    /** Returns a non-blank text or throws {@link IllegalArgumentException}. */
    String required(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            throw new RowException(DataIssue.EMPTY_FIELD, column, column + " is empty");
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
            throw new RowException(
                    DataIssue.NOT_A_WHOLE_NUMBER,
                    column,
                    column + " is not a whole number: " + SafeText.quote(text(column)));
        }
        return (long) value;
    }

    /** Returns a finite number in the strict decimal grammar of {@link StrictNumbers} (no hex, NaN, suffixes). */
    double number(String column) {
        String text = required(column);
        try {
            return StrictNumbers.decimal(text);
        } catch (NumberFormatException e) {
            throw new RowException(
                    DataIssue.NOT_A_NUMBER, column, column + " is not a number: " + SafeText.quote(text));
        }
    }

    /** Returns a price that must be {@code > 0} (a close, an index value): a zero is a broken row, not a price. */
    double positivePrice(String column) {
        double value = price(column);
        if (value == 0) {
            throw new RowException(DataIssue.INVALID_VALUE, column, column + " is 0");
        }
        return value;
    }

    /** Returns a date in {@code format}; unparsable text is a {@link DataIssue#BAD_DATE}. */
    LocalDate date(String column, DateTimeFormatter format) {
        String text = required(column);
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeException e) {
            throw new RowException(DataIssue.BAD_DATE, column, column + " is not a date: " + SafeText.quote(text));
        }
    }

    /** Returns the terminal-safe text of {@code column}, or empty when the row has no such column. */
    String keyText(String column) {
        Integer index = columns.get(column);
        return index == null || index >= values.length ? "" : SafeText.escape(values[index]);
    }

    /** Fails the file when the row's trade date is not the date the file is named for. */
    static void requireTradeDate(LocalDate rowDate, LocalDate fileDate, String column) {
        if (!rowDate.equals(fileDate)) {
            throw new ImpossibleValueException(column + " " + rowDate + " is not the file's date " + fileDate);
        }
    }
}
