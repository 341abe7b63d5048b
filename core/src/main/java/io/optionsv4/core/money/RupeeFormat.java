package io.optionsv4.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * The one money format of every human-readable text: the rupee sign, Indian digit grouping (the last three digits,
 * then pairs: lakh, crore) and two decimals, e.g. {@code ₹16,99,714.25}; a negative amount starts with an ASCII
 * hyphen-minus, {@code -₹1,250.00} (it survives copy and paste into a shell, a spreadsheet or a calculator); an amount
 * that rounds to zero paise is {@code ₹0.00}, never {@code -₹0.00}. Rounding is half-even to the paisa.
 */
public final class RupeeFormat {

    /** A rupee amount as {@link #format} writes it, for finding amounts inside a longer text. */
    public static final Pattern AMOUNT = Pattern.compile("-?₹(?:\\d{1,2},(?:\\d{2},)*\\d{3}|\\d{1,3})\\.\\d{2}");

    private RupeeFormat() {}

    /**
     * Returns {@code rupees} as {@code ₹12,34,567.89} (or {@code -₹...}).
     *
     * @throws IllegalArgumentException when {@code rupees} is not finite
     */
    public static String format(double rupees) {
        String digits = grouped(rupees, 2);
        return digits.startsWith("-") ? "-₹" + digits.substring(1) : "₹" + digits;
    }

    /**
     * Returns {@code rupees} rounded to the whole rupee (half-even) as {@code ₹12,34,568} (or {@code -₹...}): for
     * wide tables where the paise would crowd out columns ({@code docs/terminal-output.md}).
     *
     * @throws IllegalArgumentException when {@code rupees} is not finite
     */
    public static String wholeRupees(double rupees) {
        String digits = grouped(rupees, 0);
        return digits.startsWith("-") ? "-₹" + digits.substring(1) : "₹" + digits;
    }

    /**
     * Returns {@code value} with Indian digit grouping and {@code decimals} decimals (half-even), without the rupee
     * sign: for prices, strikes and counts in tables ({@code 26,493.43}, {@code 3,31,240}); never {@code -0}.
     *
     * @throws IllegalArgumentException when {@code value} is not finite or {@code decimals} is negative
     */
    public static String grouped(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite but was " + value);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0 but was " + decimals);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
        boolean negative = rounded.signum() < 0;
        String plain = rounded.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point);
        StringBuilder digits = new StringBuilder(whole);
        for (int i = digits.length() - 3; i > 0; i -= 2) {
            digits.insert(i, ',');
        }
        return (negative ? "-" : "") + digits + fraction;
    }

    /**
     * Reads an amount written by {@link #format}.
     *
     * @throws IllegalArgumentException when {@code text} is not exactly in that format
     */
    public static double parse(String text) {
        if (text == null || !AMOUNT.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "expected a rupee amount like ₹12,34,567.89 or -₹1,250.00 but was '" + text + "'");
        }
        boolean negative = text.startsWith("-");
        String digits = text.substring(negative ? 2 : 1).replace(",", "");
        double value = Double.parseDouble(digits);
        return negative ? -value : value;
    }
}
