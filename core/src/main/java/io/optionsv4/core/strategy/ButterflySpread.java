package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Butterfly Spread: Buy the K1 call, sell two K2 calls, buy the K3 call, equal wings: the (call) butterfly. */
final class ButterflySpread {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Butterfly Spread",
                    StrategyMetadata.of(
                            StrategyCategory.NEUTRAL,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.SHORT_VOL,
                            3,
                            RiskProfile.DEFINED),
                    StrikeRule.EQUAL_WINGS,
                    buy(CALL, 1),
                    sell(CALL, 2).times(2),
                    buy(CALL, 3))
            .withAliases("Butterfly", "Call Butterfly", "Long Call Butterfly");

    private ButterflySpread() {}
}
