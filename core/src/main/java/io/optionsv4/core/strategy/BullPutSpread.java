package io.optionsv4.core.strategy;

/** Bull Put Spread: Buy the K1 put, sell the K2 put: the inverted bear put spread, a bullish credit vertical. */
final class BullPutSpread {

    static final StrategyDefinition DEFINITION = BearPutSpread.DEFINITION
            .inverted(
                    "Bull Put Spread",
                    StrategyMetadata.of(
                            StrategyCategory.DIRECTIONAL,
                            DirectionalBias.BULLISH,
                            VolatilityBias.SHORT_VOL,
                            2,
                            RiskProfile.DEFINED))
            .withAliases("Short Put Spread");

    private BullPutSpread() {}
}
