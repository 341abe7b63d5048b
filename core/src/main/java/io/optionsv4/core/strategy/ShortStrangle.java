package io.optionsv4.core.strategy;

/** Short Strangle: Sell the K1 put and the K2 call: the inverted long strangle; unlimited risk. */
final class ShortStrangle {

    static final StrategyDefinition DEFINITION = LongStrangle.DEFINITION.inverted(
            "Short Strangle",
            StrategyMetadata.of(
                    StrategyCategory.NEUTRAL,
                    DirectionalBias.NEUTRAL,
                    VolatilityBias.SHORT_VOL,
                    2,
                    RiskProfile.UNLIMITED));

    private ShortStrangle() {}
}
