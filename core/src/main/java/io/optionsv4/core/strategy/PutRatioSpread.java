package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Put Ratio Spread: Sell two K1 puts, buy one K2 put (K1 &lt; K2): a 1x2 front ratio; loss grows down to zero. */
final class PutRatioSpread {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Put Ratio Spread",
                    StrategyMetadata.of(
                            StrategyCategory.ADVANCED,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.SHORT_VOL,
                            4,
                            RiskProfile.SUBSTANTIAL),
                    StrikeRule.ASCENDING,
                    sell(PUT, 1).times(2),
                    buy(PUT, 2))
            .withAliases("Put Front Ratio", "Ratio Put Spread");

    private PutRatioSpread() {}
}
