package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Iron Condor: Buy the K1 put, sell the K2 put, sell the K3 call, buy the K4 call: a credit range trade. */
final class IronCondor {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Iron Condor",
                    StrategyMetadata.of(
                            StrategyCategory.NEUTRAL,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.SHORT_VOL,
                            3,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    buy(PUT, 1),
                    sell(PUT, 2),
                    sell(CALL, 3),
                    buy(CALL, 4))
            .withAliases("Short Iron Condor");

    private IronCondor() {}
}
