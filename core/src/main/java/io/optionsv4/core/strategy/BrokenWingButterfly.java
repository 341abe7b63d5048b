package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/**
 * Broken Wing Butterfly: Buy the K1 call, sell two K2 calls, buy the K3 call with the upper wing wider: the call BWB.
 */
final class BrokenWingButterfly {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Broken Wing Butterfly",
                    StrategyMetadata.of(
                            StrategyCategory.ADVANCED,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.SHORT_VOL,
                            4,
                            RiskProfile.DEFINED),
                    StrikeRule.UPPER_WING_WIDER,
                    buy(CALL, 1),
                    sell(CALL, 2).times(2),
                    buy(CALL, 3))
            .withAliases("BWB", "Call Broken Wing Butterfly", "Skip Strike Butterfly");

    private BrokenWingButterfly() {}
}
