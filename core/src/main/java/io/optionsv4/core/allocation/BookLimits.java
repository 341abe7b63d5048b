package io.optionsv4.core.allocation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The rupee figures of every limit and budget of one run, derived from the request.
 *
 * @param budget the options budget: capital × the profile's options share
 * @param deployable the deployment ceiling × budget: the basket margin never exceeds it
 * @param strategyCap the hard limit per strategy
 * @param symbolCap the hard limit per symbol
 * @param industryCap the hard limit per industry
 * @param deltaCap the limit on |portfolio beta-weighted delta|, rupees per 1 % NIFTY move
 * @param vegaCap the limit on |portfolio vega|, rupees per volatility point
 * @param positionCap the first passes' diversification cap per new position: deployable / minimum positions
 * @param maxPositions the most positions, open ones included
 * @param maxLotsPerLeg the most lots any leg of one strategy may hold
 * @param tierBudgets each tier's share × deployable
 * @param industryBudgets each weighted industry's weight × deployable, capped by the hard industry limit
 */
record BookLimits(
        double budget,
        double deployable,
        double strategyCap,
        double symbolCap,
        double industryCap,
        double deltaCap,
        double vegaCap,
        double positionCap,
        int maxPositions,
        int maxLotsPerLeg,
        Map<Tier, Double> tierBudgets,
        Map<String, Double> industryBudgets) {

    /** Relative slack of the comparisons with a limit, against floating-point rounding. */
    static final double EPSILON = 1e-9;

    static BookLimits of(AllocationRequest request) {
        AllocationSettings settings = request.settings();
        HardLimits hard = settings.limits();
        double budget = request.optionsBudget();
        double deployable = budget * settings.deploymentCeiling();
        Map<Tier, Double> tiers = new EnumMap<>(Tier.class);
        settings.tierShares().forEach((tier, share) -> tiers.put(tier, share * deployable));
        double industryCap = budget * hard.industryShare();
        Map<String, Double> industries = new HashMap<>();
        for (IndustryAllocation a : request.industries()) {
            industries.put(a.industry(), Math.min(industryCap, a.weightPercent().doubleValue() / 100 * deployable));
        }
        return new BookLimits(
                budget,
                deployable,
                budget * hard.strategyShare(),
                budget * hard.symbolShare(),
                industryCap,
                budget * hard.niftyDeltaShare(),
                budget * hard.vegaShare(),
                deployable / settings.minPositions(),
                settings.maxPositions(),
                hard.maxLotsPerLeg(),
                Map.copyOf(tiers),
                Map.copyOf(industries));
    }

    /** Returns true when industry weights steer the allocation (the industry table is not empty). */
    boolean steering() {
        return !industryBudgets.isEmpty();
    }

    /** Returns the weighted budget of {@code industry}, 0 when it has no weight. */
    double industryBudget(String industry) {
        return industryBudgets.getOrDefault(industry, 0.0);
    }

    /** Returns the budget of {@code tier}. */
    double tierBudget(Tier tier) {
        return tierBudgets.get(tier);
    }

    /** Returns true when {@code value <= limit} up to {@link #EPSILON} relative slack. */
    static boolean within(double value, double limit) {
        return value <= limit + EPSILON * Math.max(1, Math.abs(limit));
    }

    /**
     * Returns the most lots {@code n} in [1, upTo] with {@code |current + n × perLot| <= cap}, or 0 when none.
     */
    static int lotsWithin(double current, double perLot, double cap, int upTo) {
        if (upTo <= 0) {
            return 0;
        }
        if (perLot == 0) {
            return within(Math.abs(current), cap) ? upTo : 0;
        }
        double slack = EPSILON * Math.max(1, cap);
        double a = (-cap - slack - current) / perLot;
        double b = (cap + slack - current) / perLot;
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        long lowest = Math.max(1, (long) Math.ceil(low));
        long highest = Math.min(upTo, (long) Math.floor(high));
        if (highest < lowest) {
            return 0;
        }
        int n = (int) highest;
        while (n >= lowest && !within(Math.abs(current + n * perLot), cap)) {
            n--;
        }
        return n >= lowest ? n : 0;
    }
}
