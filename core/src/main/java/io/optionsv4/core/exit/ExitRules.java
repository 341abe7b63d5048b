package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The exit rules of one open strategy, in rupees of the position actually held: the stored plan's levels scaled to the
 * lots executed ({@link #scaled}), plus the monitor's settings.
 *
 * @param profitTargets rising P&amp;L levels, each with the share of the original position it closes (shares sum to 1)
 * @param stopLossRupees the loss that closes everything (positive rupees), 0 for none
 * @param absoluteStopRupees an absolute loss limit per strategy from the settings, if any
 * @param trailingStop a trailing stop, if any
 * @param timeExitDte close when the days to expiry fall to this
 * @param timeExitDate close on or after this trading day
 * @param maxHoldingTradingDays close after this many trading days in the trade, 0 for no limit
 * @param greekTriggers net Greek bands
 * @param adjustments adjustment suggestions by the underlying's price
 * @param expiryRiskTradingDays close in-the-money short legs of physically settled options this many trading days (or
 *     fewer) before expiry
 * @param maxQuoteAge no close or stop on quotes older than this
 */
public record ExitRules(
        List<ExitPlan.ProfitTarget> profitTargets,
        double stopLossRupees,
        Optional<Double> absoluteStopRupees,
        Optional<TrailingStop> trailingStop,
        int timeExitDte,
        LocalDate timeExitDate,
        int maxHoldingTradingDays,
        List<ExitPlan.GreekTrigger> greekTriggers,
        List<ExitPlan.Adjustment> adjustments,
        int expiryRiskTradingDays,
        Duration maxQuoteAge) {

    /** Validates the rules and copies the lists. */
    public ExitRules {
        profitTargets = List.copyOf(Checks.notNull(profitTargets, "profitTargets"));
        Checks.nonNegative(stopLossRupees, "stopLossRupees");
        Checks.notNull(absoluteStopRupees, "absoluteStopRupees");
        absoluteStopRupees.ifPresent(v -> Checks.positive(v, "absoluteStopRupees"));
        Checks.notNull(trailingStop, "trailingStop");
        Checks.argument(timeExitDte >= 0, () -> "timeExitDte must be >= 0 but was " + timeExitDte);
        Checks.notNull(timeExitDate, "timeExitDate");
        Checks.argument(
                maxHoldingTradingDays >= 0, () -> "maxHoldingTradingDays must be >= 0: " + maxHoldingTradingDays);
        greekTriggers = List.copyOf(Checks.notNull(greekTriggers, "greekTriggers"));
        adjustments = List.copyOf(Checks.notNull(adjustments, "adjustments"));
        Checks.argument(
                expiryRiskTradingDays >= 0, () -> "expiryRiskTradingDays must be >= 0: " + expiryRiskTradingDays);
        Checks.notNull(maxQuoteAge, "maxQuoteAge");
        Checks.argument(maxQuoteAge.isPositive(), () -> "maxQuoteAge must be positive but was " + maxQuoteAge);
    }

    /**
     * Returns the rules with every rupee level multiplied by {@code factor}: the plan is made for the strategy's
     * constructed lots, a position of {@code factor} times those lots has {@code factor} times the P&amp;L. Greek
     * bands scale too; days, dates and prices do not.
     */
    public ExitRules scaled(double factor) {
        Checks.positive(factor, "factor");
        return new ExitRules(
                profitTargets.stream()
                        .map(t -> new ExitPlan.ProfitTarget(t.pnlRupees() * factor, t.closeFraction(), t.description()))
                        .toList(),
                stopLossRupees * factor,
                absoluteStopRupees,
                trailingStop.map(t -> new TrailingStop(t.activationRupees() * factor, t.givebackFraction())),
                timeExitDte,
                timeExitDate,
                maxHoldingTradingDays,
                greekTriggers.stream()
                        .map(g -> new ExitPlan.GreekTrigger(
                                g.kind(), g.entryValue() * factor, g.limit() * factor, g.exitFraction(), g.action()))
                        .toList(),
                adjustments,
                expiryRiskTradingDays,
                maxQuoteAge);
    }

    /**
     * A stop that follows the P&amp;L up once it has reached an activation level.
     *
     * @param activationRupees the P&amp;L at which the trailing stop arms
     * @param givebackFraction the share of the peak P&amp;L that may be given back before everything is closed
     */
    public record TrailingStop(double activationRupees, double givebackFraction) {
        /** Validates the stop. */
        public TrailingStop {
            Checks.positive(activationRupees, "activationRupees");
            Checks.argument(
                    givebackFraction > 0 && givebackFraction < 1,
                    "givebackFraction must be in (0, 1) but was " + givebackFraction);
        }
    }
}
