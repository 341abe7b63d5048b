package io.optionsv4.app.cli;

import io.optionsv4.core.money.RupeeFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A {@link NumberFormat} for chart axes: Indian digit grouping ({@link RupeeFormat#grouped}) without decimals, with the
 * rupee sign ({@code ₹1,50,000}, {@code -₹25,000}) when {@code rupees}; parses what it writes back.
 */
final class IndianNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final boolean rupees;

    /** Returns a format with the rupee sign when {@code rupees}, plain grouped numbers otherwise. */
    IndianNumberFormat(boolean rupees) {
        this.rupees = rupees;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        String digits = RupeeFormat.grouped(number, 0);
        if (rupees) {
            digits = digits.startsWith("-") ? "-₹" + digits.substring(1) : "₹" + digits;
        }
        return toAppendTo.append(digits);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        int start = parsePosition.getIndex();
        int end = start;
        while (end < source.length() && "0123456789,.-₹".indexOf(source.charAt(end)) >= 0) {
            end++;
        }
        String digits = source.substring(start, end).replace("₹", "").replace(",", "");
        try {
            double value = Double.parseDouble(digits);
            parsePosition.setIndex(end);
            return value;
        } catch (NumberFormatException e) {
            parsePosition.setErrorIndex(start);
            return null;
        }
    }
}
