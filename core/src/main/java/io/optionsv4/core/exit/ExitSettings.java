package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.strategy.StrategyCategory;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exit rules of the system ({@code exits.yaml}): one {@link ExitRule} per strategy category for positions opened
 * for a credit and one for positions opened for a debit, optional overrides of both per registered strategy, and the
 * smallest premium that still makes a premium-based stop loss meaningful. Plain values, bound from YAML; every record
 * validates itself.
 *
 * @param categories the rules of every {@link StrategyCategory}; all five must be present
 * @param strategies rules that replace the category's for one registered strategy, keyed by any name the
 *     {@link StrategyRegistry} finds; may be empty
 * @param minimumPremiumShare a bounded-loss position whose net premium is below this share of its maximum loss (a
 *     near-zero-cost ratio spread or broken wing butterfly) stops on a fraction of the maximum loss instead of a
 *     multiple of its premium; in [0, 1)
 * @param minimumHoldingDays the fewest trading days between entry and the time exit, in [1, 30]; an expiry whose time
 *     exit falls sooner is not used (see {@code docs/exit-plans.md})
 */
public record ExitSettings(
        Map<StrategyCategory, CategoryExits> categories,
        Map<String, CategoryExits> strategies,
        double minimumPremiumShare,
        int minimumHoldingDays) {

    /** The default minimum holding period, trading days. */
    public static final int DEFAULT_MINIMUM_HOLDING_DAYS = 5;

    private static final int MAX_MINIMUM_HOLDING_DAYS = 30;

    /** Returns settings with the {@linkplain #DEFAULT_MINIMUM_HOLDING_DAYS default minimum holding period}. */
    public ExitSettings(
            Map<StrategyCategory, CategoryExits> categories,
            Map<String, CategoryExits> strategies,
            double minimumPremiumShare) {
        this(categories, strategies, minimumPremiumShare, DEFAULT_MINIMUM_HOLDING_DAYS);
    }

    /** Validates that every category has rules, that every override names a registered strategy once, and the share. */
    public ExitSettings {
        categories = Map.copyOf(Checks.notNull(categories, "categories"));
        strategies = Map.copyOf(Checks.notNull(strategies, "strategies"));
        EnumSet<StrategyCategory> missing = EnumSet.allOf(StrategyCategory.class);
        missing.removeAll(categories.keySet());
        Checks.argument(missing.isEmpty(), () -> "exit settings: categories " + missing + " have no exit rules");
        Map<StrategyDefinition, String> seen = new HashMap<>();
        for (String name : strategies.keySet()) {
            StrategyDefinition definition = StrategyRegistry.find(name)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "exit settings: strategy override '" + name + "' names no registered strategy"));
            String previous = seen.put(definition, name);
            Checks.argument(
                    previous == null,
                    "exit settings: overrides '" + previous + "' and '" + name + "' both name " + definition.name());
        }
        Checks.argument(
                minimumPremiumShare >= 0 && minimumPremiumShare < 1,
                "minimumPremiumShare must be in [0, 1) but was " + minimumPremiumShare);
        Checks.argument(
                minimumHoldingDays >= 1 && minimumHoldingDays <= MAX_MINIMUM_HOLDING_DAYS,
                "minimumHoldingDays must be in [1, " + MAX_MINIMUM_HOLDING_DAYS + "] but was " + minimumHoldingDays);
    }

    /**
     * Returns the rule for a short-premium ({@code shortPremium}: opened for a credit, or with unlimited loss) or
     * long-premium position of {@code definition}: from the strategy's override when there is one, otherwise from its
     * category.
     */
    public ExitRule ruleFor(StrategyDefinition definition, boolean shortPremium) {
        Checks.notNull(definition, "definition");
        CategoryExits exits = categories.get(definition.metadata().category());
        for (Map.Entry<String, CategoryExits> override : strategies.entrySet()) {
            if (StrategyRegistry.find(override.getKey()).orElseThrow() == definition) {
                exits = override.getValue();
            }
        }
        return shortPremium ? exits.credit() : exits.debit();
    }

    /**
     * The rules of one strategy category.
     *
     * @param credit for positions opened for a net credit (and unlimited-loss positions, which are short premium)
     * @param debit for positions opened for a net debit
     */
    public record CategoryExits(ExitRule credit, ExitRule debit) {
        /** Validates that both rules are present. */
        public CategoryExits {
            Checks.notNull(credit, "credit");
            Checks.notNull(debit, "debit");
        }
    }

    /**
     * How one type of position is exited.
     *
     * @param profitTarget the final profit target as a fraction of the maximum profit, in (0, 1]; for a position with
     *     unlimited maximum profit the same fraction of the debit paid
     * @param scaling the scaling levels that close the position step by step up to the target, ascending, the last at
     *     the full target, closing fractions summing to 1
     * @param premiumStop per risk tolerance, in (0, 3]: for a credit position the loss that stops it as a multiple of
     *     the credit received (1.0 = lose as much as was collected); for a debit position the stopping loss as a
     *     fraction of the debit paid (0.5 = half the premium lost); tolerances must not decrease from conservative to
     *     aggressive
     * @param maxLossStop per risk tolerance, in (0, 1]: the stopping loss as a fraction of a finite maximum loss, used
     *     when the premium is no meaningful basis (a covered call, a near-zero-cost position); non-decreasing
     * @param timeExitDte close when this many calendar days to the (near) expiry remain, in [0, 90]
     * @param greeks the Greek bands a live position is checked against
     */
    public record ExitRule(
            double profitTarget,
            List<ScalingLevel> scaling,
            Map<RiskTolerance, Double> premiumStop,
            Map<RiskTolerance, Double> maxLossStop,
            int timeExitDte,
            GreekBands greeks) {

        private static final double MAX_PREMIUM_STOP = 3.0;
        private static final double SUM_TOLERANCE = 1e-9;
        private static final int MAX_TIME_EXIT_DTE = 90;

        /** Validates the rule. */
        public ExitRule {
            Checks.argument(
                    profitTarget > 0 && profitTarget <= 1,
                    "profitTarget must be a fraction in (0, 1] but was " + profitTarget);
            scaling = List.copyOf(Checks.notNull(scaling, "scaling"));
            checkScaling(scaling);
            premiumStop = Map.copyOf(Checks.notNull(premiumStop, "premiumStop"));
            maxLossStop = Map.copyOf(Checks.notNull(maxLossStop, "maxLossStop"));
            checkPerTolerance(premiumStop, "premiumStop", MAX_PREMIUM_STOP);
            checkPerTolerance(maxLossStop, "maxLossStop", 1.0);
            Checks.argument(
                    timeExitDte >= 0 && timeExitDte <= MAX_TIME_EXIT_DTE,
                    "timeExitDte must be in [0, " + MAX_TIME_EXIT_DTE + "] but was " + timeExitDte);
            Checks.notNull(greeks, "greeks");
        }

        private static void checkScaling(List<ScalingLevel> levels) {
            Checks.argument(!levels.isEmpty(), "scaling needs at least one level");
            double sum = 0;
            double previous = 0;
            for (ScalingLevel level : levels) {
                Checks.argument(
                        level.targetFraction() > previous,
                        "scaling levels must rise but " + level.targetFraction() + " follows " + previous);
                previous = level.targetFraction();
                sum += level.closeFraction();
            }
            Checks.argument(
                    previous == 1.0, "the last scaling level must be the full target (1.0) but was " + previous);
            Checks.argument(
                    Math.abs(sum - 1.0) <= SUM_TOLERANCE, "scaling closeFractions must sum to 1 but sum to " + sum);
        }

        private static void checkPerTolerance(Map<RiskTolerance, Double> values, String name, double max) {
            double previous = 0;
            for (RiskTolerance tolerance : RiskTolerance.values()) {
                Double value = values.get(tolerance);
                Checks.argument(value != null, name + " has no value for " + tolerance);
                Checks.argument(
                        value > 0 && value <= max,
                        name + "." + tolerance + " must be in (0, " + max + "] but was " + value);
                Checks.argument(
                        value >= previous,
                        name + "." + tolerance + " = " + value + " is below the value of a more cautious tolerance, "
                                + previous);
                previous = value;
            }
        }

        /** Returns the premium stop for {@code tolerance}. */
        public double premiumStop(RiskTolerance tolerance) {
            return premiumStop.get(Checks.notNull(tolerance, "tolerance"));
        }

        /** Returns the max-loss stop fraction for {@code tolerance}. */
        public double maxLossStop(RiskTolerance tolerance) {
            return maxLossStop.get(Checks.notNull(tolerance, "tolerance"));
        }
    }

    /**
     * One step of scaling out of a winning position.
     *
     * @param targetFraction the share of the profit target reached, in (0, 1]
     * @param closeFraction the share of the original position closed at this level, in (0, 1]
     */
    public record ScalingLevel(double targetFraction, double closeFraction) {
        /** Validates the fractions. */
        public ScalingLevel {
            Checks.argument(
                    targetFraction > 0 && targetFraction <= 1,
                    "targetFraction must be in (0, 1] but was " + targetFraction);
            Checks.argument(
                    closeFraction > 0 && closeFraction <= 1,
                    "closeFraction must be in (0, 1] but was " + closeFraction);
        }
    }

    /**
     * The Greek bands of a rule. A live position breaches a band when the absolute value of its net Greek exceeds the
     * band's limit for that position (see {@link ExitPlan.GreekTrigger#breached(double)}).
     *
     * @param delta {@code limit} = the largest absolute net delta per strategy lot as a fraction of the lot size
     *     (0.20 = 20 units of underlying per lot of 100), in (0, 2]
     * @param gamma {@code limit} = the largest absolute net gamma as a multiple of the entry's, &gt; 1
     * @param vega {@code limit} = the largest absolute net vega as a multiple of the entry's, &gt; 1
     */
    public record GreekBands(GreekBand delta, GreekBand gamma, GreekBand vega) {

        private static final double MAX_DELTA_PER_LOT = 2.0;

        /** Validates the bands. */
        public GreekBands {
            Checks.notNull(delta, "delta");
            Checks.notNull(gamma, "gamma");
            Checks.notNull(vega, "vega");
            Checks.argument(
                    delta.limit() > 0 && delta.limit() <= MAX_DELTA_PER_LOT,
                    "delta.limit (per lot, fraction of the lot size) must be in (0, 2] but was " + delta.limit());
            Checks.argument(
                    gamma.limit() > 1,
                    "gamma.limit (multiple of the entry gamma) must be > 1 but was " + gamma.limit());
            Checks.argument(
                    vega.limit() > 1,
                    () -> "vega.limit (multiple of the entry vega) must be > 1 but was " + vega.limit());
        }
    }

    /**
     * One Greek band.
     *
     * @param limit the band's limit; its unit depends on the Greek (see {@link GreekBands})
     * @param exitFraction the share of the position to close when the band is breached, in [0, 1]; 0 = adjust only
     */
    public record GreekBand(double limit, double exitFraction) {
        /** Validates the band. */
        public GreekBand {
            Checks.positive(limit, "limit");
            Checks.argument(
                    exitFraction >= 0 && exitFraction <= 1,
                    () -> "exitFraction must be in [0, 1] but was " + exitFraction);
        }
    }
}
