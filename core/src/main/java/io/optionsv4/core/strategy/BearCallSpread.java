package io.optionsv4.core.strategy;

/** Bear Call Spread: Sell the K1 call, buy the K2 call: the inverted bull call spread, a bearish credit vertical. */
final class BearCallSpread {

    static final StrategyDefinition DEFINITION = BullCallSpread.DEFINITION
            .inverted(
                    "Bear Call Spread",
                    StrategyMetadata.of(
                            StrategyCategory.DIRECTIONAL,
                            DirectionalBias.BEARISH,
                            VolatilityBias.SHORT_VOL,
                            2,
                            RiskProfile.DEFINED))
            .withAliases("Short Call Spread");

    private BearCallSpread() {}
}
