package io.optionsv4.core.strategy;

import io.optionsv4.core.result.Checks;

/**
 * What a strategy is for: its family, the market view it expresses and how risky and complex it is.
 *
 * @param category the family (directional, neutral, ...)
 * @param directionalBias the direction of move it profits from
 * @param volatilityBias its exposure to implied volatility
 * @param complexity 1 (a single option) to 5 (many legs, several expiries, ratios)
 * @param riskProfile defined, substantial or unlimited loss
 */
public record StrategyMetadata(
        StrategyCategory category,
        DirectionalBias directionalBias,
        VolatilityBias volatilityBias,
        int complexity,
        RiskProfile riskProfile) {

    /** Validates the components. */
    public StrategyMetadata {
        Checks.notNull(category, "category");
        Checks.notNull(directionalBias, "directionalBias");
        Checks.notNull(volatilityBias, "volatilityBias");
        Checks.argument(complexity >= 1 && complexity <= 5, () -> "complexity must be in 1..5 but was " + complexity);
        Checks.notNull(riskProfile, "riskProfile");
    }

    /** Returns the metadata from its components. */
    public static StrategyMetadata of(
            StrategyCategory category,
            DirectionalBias directionalBias,
            VolatilityBias volatilityBias,
            int complexity,
            RiskProfile riskProfile) {
        return new StrategyMetadata(category, directionalBias, volatilityBias, complexity, riskProfile);
    }
}
