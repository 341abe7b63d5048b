package io.optionsv4.app.cli;

/**
 * What the input says about one leg's market besides its premium: the best bid and ask and the implied volatility,
 * each {@code NaN} when not given. Rupees per unit; the volatility is an annual decimal.
 *
 * @param bid the best bid, or {@code NaN}
 * @param ask the best ask, or {@code NaN}
 * @param impliedVol the leg's implied volatility, or {@code NaN} (the position's volatility is used)
 */
record LegQuote(double bid, double ask, double impliedVol) {

    /** Nothing given: no book, the position's volatility. */
    static final LegQuote NONE = new LegQuote(Double.NaN, Double.NaN, Double.NaN);

    /** Returns whether a bid or an ask was given (then both must be sound). */
    boolean hasBook() {
        return !Double.isNaN(bid) || !Double.isNaN(ask);
    }

    /** Returns the leg's implied volatility, or {@code fallback} when none was given. */
    double volatilityOr(double fallback) {
        return Double.isNaN(impliedVol) ? fallback : impliedVol;
    }
}
