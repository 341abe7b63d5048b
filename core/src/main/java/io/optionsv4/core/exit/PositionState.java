package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the monitor knows of one open strategy at one moment: the input of the exit rules.
 *
 * <p>P&amp;L is for the whole original position: realised on the parts already closed plus unrealised on the rest,
 * marked at the prices closing would get (sell at the bid, buy at the ask), after the entry costs booked and the
 * estimated costs to close. The plan's rupee levels are compared with it.
 *
 * @param today the trading day
 * @param entryDate the day the strategy was entered
 * @param expiry the nearest expiry among the open legs
 * @param daysToExpiry calendar days from today to {@code expiry}
 * @param tradingDaysHeld trading days from entry to today (0 on the entry day)
 * @param tradingDaysToExpiry trading days from today to {@code expiry} (0 on expiry day)
 * @param pnlRupees the net P&amp;L now
 * @param peakPnlRupees the highest net P&amp;L seen since entry (for the trailing stop), at least {@code pnlRupees}
 * @param closedFraction the fraction of the original position already closed, in [0, 1)
 * @param underlyingPrice the underlying's price now
 * @param greeks the position's net delta, gamma and vega now
 * @param legs the open option legs
 * @param quoteAge how old the oldest quote behind these figures is
 * @param actedRules the keys of the partial-close rules already carried out (e.g. {@code GREEK_DELTA}), so that one
 *     does not close a second share
 */
public record PositionState(
        LocalDate today,
        LocalDate entryDate,
        LocalDate expiry,
        int daysToExpiry,
        int tradingDaysHeld,
        int tradingDaysToExpiry,
        double pnlRupees,
        double peakPnlRupees,
        double closedFraction,
        double underlyingPrice,
        NetGreeks greeks,
        List<LegState> legs,
        Duration quoteAge,
        Set<String> actedRules) {

    /** Validates the state and copies the legs. */
    public PositionState {
        Checks.notNull(today, "today");
        Checks.notNull(entryDate, "entryDate");
        Checks.notNull(expiry, "expiry");
        Checks.argument(daysToExpiry >= 0, () -> "daysToExpiry must be >= 0 but was " + daysToExpiry);
        Checks.argument(tradingDaysHeld >= 0, () -> "tradingDaysHeld must be >= 0 but was " + tradingDaysHeld);
        Checks.argument(
                tradingDaysToExpiry >= 0, () -> "tradingDaysToExpiry must be >= 0 but was " + tradingDaysToExpiry);
        Checks.finite(pnlRupees, "pnlRupees");
        Checks.finite(peakPnlRupees, "peakPnlRupees");
        Checks.argument(
                peakPnlRupees >= pnlRupees, () -> "peak P&L " + peakPnlRupees + " is below the P&L " + pnlRupees);
        Checks.argument(
                closedFraction >= 0 && closedFraction < 1,
                "closedFraction must be in [0, 1) but was " + closedFraction);
        Checks.positive(underlyingPrice, "underlyingPrice");
        Checks.notNull(greeks, "greeks");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.notNull(quoteAge, "quoteAge");
        Checks.argument(!quoteAge.isNegative(), () -> "quoteAge must not be negative but was " + quoteAge);
        actedRules = Set.copyOf(Checks.notNull(actedRules, "actedRules"));
    }

    /**
     * The position's net Greeks.
     *
     * @param delta net delta, units of the underlying
     * @param gamma net gamma
     * @param vega net vega, rupees per volatility point
     */
    public record NetGreeks(double delta, double gamma, double vega) {
        /** Validates the Greeks. */
        public NetGreeks {
            Checks.finite(delta, "delta");
            Checks.finite(gamma, "gamma");
            Checks.finite(vega, "vega");
        }

        /** Returns the Greek of {@code kind}. */
        public double of(ExitPlan.GreekKind kind) {
            return switch (kind) {
                case DELTA -> delta;
                case GAMMA -> gamma;
                case VEGA -> vega;
            };
        }
    }
}
