package io.optionsv4.core.allocation;

import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.StrategyCategory;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the allocator works ({@code allocation} in the configuration; {@link #DEFAULT} until it is bound).
 *
 * @param tierShares each tier's share of the deployable budget, summing to 1 (60/30/10)
 * @param kellyFraction the fraction of full Kelly a position is sized at, in (0, 1]
 * @param minPositions the positions aimed at: the first pass caps each new position at deployable budget / this
 *     (at least one lot), so the budget spreads over at least this many, {@code > 0}
 * @param maxPositions the most positions the book may hold, open ones included, {@code >= minPositions}
 * @param deploymentFloor the deployment (basket margin / options budget) the fallback hierarchy aims for, in (0, 1]
 * @param deploymentCeiling the deployment never exceeded, in [deploymentFloor, 1]
 * @param limits the hard limits
 * @param familyPreferences for every market state, the strategy families best first; unlisted families rank last
 * @param riskFreeRate the continuously compounded rate of the scenario revaluation, annual decimal
 * @param monthlyReturnTarget the expected monthly return aimed at, as a fraction of the options budget (0.04)
 */
public record AllocationSettings(
        Map<Tier, Double> tierShares,
        double kellyFraction,
        int minPositions,
        int maxPositions,
        double deploymentFloor,
        double deploymentCeiling,
        HardLimits limits,
        Map<MarketState, List<StrategyCategory>> familyPreferences,
        double riskFreeRate,
        double monthlyReturnTarget) {

    /** The defaults: 60/30/10, quarter Kelly, 20–35 positions, 80–95 %, {@link HardLimits#DEFAULT}, 6.5 %. */
    public static final AllocationSettings DEFAULT = new AllocationSettings(
            Map.of(Tier.HIGH, 0.60, Tier.MEDIUM, 0.30, Tier.LOW, 0.10),
            0.25,
            20,
            35,
            0.80,
            0.95,
            HardLimits.DEFAULT,
            DefaultFamilyPreferences.BY_STATE,
            0.065,
            0.04);

    /** Validates the settings and copies the maps. */
    public AllocationSettings {
        Checks.notNull(tierShares, "tierShares");
        Checks.argument(tierShares.keySet().equals(EnumSet.allOf(Tier.class)), "tierShares must cover every tier");
        double sum = 0;
        for (double share : tierShares.values()) {
            Checks.argument(share >= 0 && share <= 1, () -> "tier share must be in [0, 1] but was " + share);
            sum += share;
        }
        Checks.argument(Math.abs(sum - 1) <= 1e-9, "tierShares must sum to 1 but sum to " + sum);
        tierShares = Map.copyOf(new EnumMap<>(tierShares));
        Checks.argument(
                kellyFraction > 0 && kellyFraction <= 1, () -> "kellyFraction must be in (0, 1]: " + kellyFraction);
        Checks.positive(minPositions, "minPositions");
        Checks.argument(
                maxPositions >= minPositions, () -> "maxPositions must be >= minPositions but was " + maxPositions);
        Checks.argument(
                deploymentFloor > 0 && deploymentFloor <= deploymentCeiling && deploymentCeiling <= 1,
                "need 0 < deploymentFloor <= deploymentCeiling <= 1 but were " + deploymentFloor + ", "
                        + deploymentCeiling);
        Checks.notNull(limits, "limits");
        familyPreferences = copyPreferences(familyPreferences);
        Checks.finite(riskFreeRate, "riskFreeRate");
        Checks.nonNegative(monthlyReturnTarget, "monthlyReturnTarget");
    }

    /** Returns a copy with other hard limits. */
    public AllocationSettings withLimits(HardLimits newLimits) {
        return new AllocationSettings(
                tierShares,
                kellyFraction,
                minPositions,
                maxPositions,
                deploymentFloor,
                deploymentCeiling,
                newLimits,
                familyPreferences,
                riskFreeRate,
                monthlyReturnTarget);
    }

    /** Returns a copy with other family preferences. */
    public AllocationSettings withFamilyPreferences(Map<MarketState, List<StrategyCategory>> preferences) {
        return new AllocationSettings(
                tierShares,
                kellyFraction,
                minPositions,
                maxPositions,
                deploymentFloor,
                deploymentCeiling,
                limits,
                preferences,
                riskFreeRate,
                monthlyReturnTarget);
    }

    /** Returns the 0-based rank of {@code category} among the families preferred in {@code state}; unlisted last. */
    public int familyRank(MarketState state, StrategyCategory category) {
        List<StrategyCategory> order = familyPreferences.get(state);
        int rank = order.indexOf(category);
        return rank < 0 ? order.size() : rank;
    }

    private static Map<MarketState, List<StrategyCategory>> copyPreferences(
            Map<MarketState, List<StrategyCategory>> preferences) {
        Checks.notNull(preferences, "familyPreferences");
        Checks.argument(
                preferences.keySet().equals(EnumSet.allOf(MarketState.class)),
                "familyPreferences must list every market state");
        Map<MarketState, List<StrategyCategory>> copy = new EnumMap<>(MarketState.class);
        preferences.forEach((state, order) -> {
            List<StrategyCategory> list = List.copyOf(Checks.notNull(order, "family list"));
            Set<StrategyCategory> seen = new HashSet<>(list);
            Checks.argument(seen.size() == list.size(), () -> "families of " + state + " must not repeat: " + list);
            copy.put(state, list);
        });
        return Map.copyOf(copy);
    }
}
