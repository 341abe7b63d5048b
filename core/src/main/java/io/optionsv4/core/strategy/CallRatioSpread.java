package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Call Ratio Spread: Buy one K1 call, sell two K2 calls (K1 &lt; K2): a 1x2 front ratio; unlimited upside risk. */
final class CallRatioSpread {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Call Ratio Spread",
                    StrategyMetadata.of(
                            StrategyCategory.ADVANCED,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.SHORT_VOL,
                            4,
                            RiskProfile.UNLIMITED),
                    StrikeRule.ASCENDING,
                    buy(CALL, 1),
                    sell(CALL, 2).times(2))
            .withAliases("Call Front Ratio", "Ratio Call Spread");

    private CallRatioSpread() {}
}
