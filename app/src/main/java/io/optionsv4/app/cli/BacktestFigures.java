package io.optionsv4.app.cli;

import java.util.Locale;

/** The text form of backtest figures: percentages, ratios and their differences; {@code n/a} for undefined ones. */
final class BacktestFigures {

    /** What an undefined figure prints as. */
    static final String NOT_AVAILABLE = "n/a";

    private BacktestFigures() {}

    /** Returns a fraction as a signed percentage, two decimals ({@code 0.0123} is {@code +1.23%}; zero unsigned). */
    static String percent(Double fraction) {
        if (fraction == null) {
            return NOT_AVAILABLE;
        }
        String text = String.format(Locale.ROOT, "%+.2f%%", fraction * 100);
        return text.equals("+0.00%") || text.equals("-0.00%") ? "0.00%" : text;
    }

    /** Returns a probability or a share as a percentage with one decimal ({@code 0.456} is {@code 45.6%}). */
    static String share(Double fraction) {
        return fraction == null ? NOT_AVAILABLE : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** Returns a ratio with two decimals. */
    static String ratio(Double value) {
        return value == null ? NOT_AVAILABLE : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Returns a score with three decimals (a Brier score). */
    static String score(Double value) {
        return value == null ? NOT_AVAILABLE : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Returns the difference of two fractions in signed percentage points ({@code +1.50 pp}). */
    static String points(Double a, Double b) {
        return a == null || b == null ? NOT_AVAILABLE : String.format(Locale.ROOT, "%+.2f pp", (b - a) * 100);
    }

    /** Returns the difference of two ratios, signed with {@code decimals} decimals. */
    static String difference(Double a, Double b, int decimals) {
        return a == null || b == null ? NOT_AVAILABLE : String.format(Locale.ROOT, "%+." + decimals + "f", b - a);
    }

    /** Returns a whole amount of paise in whole rupees. */
    static String rupees(Double paise) {
        return paise == null ? NOT_AVAILABLE : Rupees.whole(paise / 100.0);
    }

    /** Returns the difference of two amounts of paise in signed whole rupees. */
    static String rupeesDifference(Double a, Double b) {
        if (a == null || b == null) {
            return NOT_AVAILABLE;
        }
        double d = (b - a) / 100.0;
        return (d > 0 ? "+" : d < 0 ? "-" : "") + Rupees.whole(Math.abs(d));
    }
}
