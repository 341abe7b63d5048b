package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Put Butterfly: Buy the K1 put, sell two K2 puts, buy the K3 put, equal wings: the put variant of the butterfly. */
final class PutButterfly {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Put Butterfly",
                    StrategyMetadata.of(
                            StrategyCategory.NEUTRAL,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.SHORT_VOL,
                            3,
                            RiskProfile.DEFINED),
                    StrikeRule.EQUAL_WINGS,
                    buy(PUT, 1),
                    sell(PUT, 2).times(2),
                    buy(PUT, 3))
            .withAliases("Long Put Butterfly");

    private PutButterfly() {}
}
