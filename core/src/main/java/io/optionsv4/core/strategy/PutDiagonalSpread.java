package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Put Diagonal Spread: Sell the near K1 put, buy the far K2 put (K1 &lt; K2): a bearish put diagonal. */
final class PutDiagonalSpread {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Put Diagonal Spread",
                    StrategyMetadata.of(
                            StrategyCategory.ADVANCED,
                            DirectionalBias.BEARISH,
                            VolatilityBias.LONG_VOL,
                            4,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    sell(PUT, 1),
                    buy(PUT, 2).far())
            .withAliases("Put Diagonal");

    private PutDiagonalSpread() {}
}
