package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Iron Butterfly: Buy the K1 put, sell the K2 put and call, buy the K3 call: a short straddle with wings. */
final class IronButterfly {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Iron Butterfly",
                    StrategyMetadata.of(
                            StrategyCategory.NEUTRAL,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.SHORT_VOL,
                            3,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    buy(PUT, 1),
                    sell(PUT, 2),
                    sell(CALL, 2),
                    buy(CALL, 3))
            .withAliases("Iron Fly", "Short Iron Butterfly");

    private IronButterfly() {}
}
