package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/**
 * Put Broken Wing Butterfly: Buy the K1 put, sell two K2 puts, buy the K3 put with the lower wing wider: the put BWB.
 */
final class PutBrokenWingButterfly {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Put Broken Wing Butterfly",
                    StrategyMetadata.of(
                            StrategyCategory.ADVANCED,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.SHORT_VOL,
                            4,
                            RiskProfile.DEFINED),
                    StrikeRule.LOWER_WING_WIDER,
                    buy(PUT, 1),
                    sell(PUT, 2).times(2),
                    buy(PUT, 3))
            .withAliases("Put BWB");

    private PutBrokenWingButterfly() {}
}
