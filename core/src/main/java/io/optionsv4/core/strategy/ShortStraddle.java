package io.optionsv4.core.strategy;

/** Short Straddle: Sell the K1 call and the K1 put: the inverted long straddle; unlimited risk. */
final class ShortStraddle {

    static final StrategyDefinition DEFINITION = LongStraddle.DEFINITION.inverted(
            "Short Straddle",
            StrategyMetadata.of(
                    StrategyCategory.NEUTRAL,
                    DirectionalBias.NEUTRAL,
                    VolatilityBias.SHORT_VOL,
                    2,
                    RiskProfile.UNLIMITED));

    private ShortStraddle() {}
}
