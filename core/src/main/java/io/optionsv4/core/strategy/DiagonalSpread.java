package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Diagonal Spread: Buy the far K1 call, sell the near K2 call (K1 &lt; K2): a bullish call diagonal. */
final class DiagonalSpread {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Diagonal Spread",
                    StrategyMetadata.of(
                            StrategyCategory.ADVANCED,
                            DirectionalBias.BULLISH,
                            VolatilityBias.LONG_VOL,
                            4,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    buy(CALL, 1).far(),
                    sell(CALL, 2))
            .withAliases("Diagonal", "Call Diagonal", "Call Diagonal Spread");

    private DiagonalSpread() {}
}
