package io.optionsv4.core.result;

import java.util.regex.Pattern;

/**
 * The one grammar for numbers read from files, responses and configuration: plain decimals only.
 *
 * <p>Accepted: an optional sign, digits with an optional fraction ({@code 12}, {@code -0.5}, {@code .25}, {@code 3.}),
 * and an optional decimal exponent of at most three digits ({@code 1.5e3}, {@code 2E-04}). Refused, unlike {@link
 * Double#parseDouble}: hexadecimal floats ({@code 0x1p3}), the {@code d}/{@code f} suffixes, {@code NaN}, {@code
 * Infinity}, blanks inside, thousands separators, and an empty text. A field that means to allow NaN or infinity must
 * say so and test for it itself.
 */
public final class StrictNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");

    private StrictNumbers() {}

    /** Returns true when {@code text} is a decimal of this grammar. */
    public static boolean isDecimal(String text) {
        return text != null && DECIMAL.matcher(text).matches();
    }

    /**
     * Parses a decimal of this grammar into a finite double.
     *
     * @throws NumberFormatException (an {@link IllegalArgumentException}) quoting the text safely when it is not one
     */
    public static double decimal(String text) {
        if (!isDecimal(text)) {
            throw new NumberFormatException("not a decimal number: " + SafeText.quote(String.valueOf(text)));
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("decimal number out of range: " + SafeText.quote(text));
        }
        return value;
    }

    /**
     * Parses a whole number ({@code [+-]digits}, at most 18 digits).
     *
     * @throws NumberFormatException quoting the text safely when it is not one
     */
    public static long whole(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw new NumberFormatException("not a whole number: " + SafeText.quote(String.valueOf(text)));
        }
        return Long.parseLong(text);
    }
}
