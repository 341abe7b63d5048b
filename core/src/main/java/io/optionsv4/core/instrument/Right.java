package io.optionsv4.core.instrument;

import java.util.Locale;

/** The right an option gives its holder: to buy (call) or to sell (put) the underlying at the strike. */
public enum Right {
    CALL,
    PUT;

    /** Returns true for {@link #CALL}. */
    public boolean isCall() {
        return this == CALL;
    }

    /** Returns +1 for a call and -1 for a put: the sign of the payoff's slope above the strike ({@code phi}). */
    public int sign() {
        return this == CALL ? 1 : -1;
    }

    /** Returns the other right. */
    public Right opposite() {
        return this == CALL ? PUT : CALL;
    }

    /** The option's value at expiry per unit of underlying: max(S - K, 0) for a call, max(K - S, 0) for a put. */
    public double intrinsic(double spot, double strike) {
        return Math.max(sign() * (spot - strike), 0.0);
    }

    /**
     * Parses CALL/PUT, case-insensitively; CE and C mean call, PE and P put (NSE and Dhan spellings).
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Right parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "CALL", "CE", "C" -> CALL;
            case "PUT", "PE", "P" -> PUT;
            default -> throw new IllegalArgumentException("right must be CALL or PUT but was '" + text + "'");
        };
    }
}
