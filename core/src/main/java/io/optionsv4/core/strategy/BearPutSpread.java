package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Bear Put Spread: Sell the K1 put, buy the K2 put (K1 &lt; K2): a debit vertical, bearish, defined risk. */
final class BearPutSpread {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Bear Put Spread",
                    StrategyMetadata.of(
                            StrategyCategory.DIRECTIONAL,
                            DirectionalBias.BEARISH,
                            VolatilityBias.NEUTRAL,
                            2,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    sell(PUT, 1),
                    buy(PUT, 2))
            .withAliases("Long Put Spread");

    private BearPutSpread() {}
}
