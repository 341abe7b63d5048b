package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Bull Call Spread: Buy the K1 call, sell the K2 call (K1 &lt; K2): a debit vertical, bullish, defined risk. */
final class BullCallSpread {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Bull Call Spread",
                    StrategyMetadata.of(
                            StrategyCategory.DIRECTIONAL,
                            DirectionalBias.BULLISH,
                            VolatilityBias.NEUTRAL,
                            2,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    buy(CALL, 1),
                    sell(CALL, 2))
            .withAliases("Long Call Spread");

    private BullCallSpread() {}
}
