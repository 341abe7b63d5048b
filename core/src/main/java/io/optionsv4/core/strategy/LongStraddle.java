package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;

/** Long Straddle: Buy the K1 call and the K1 put: profits from a large move either way. */
final class LongStraddle {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Long Straddle",
                    StrategyMetadata.of(
                            StrategyCategory.VOLATILITY,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.LONG_VOL,
                            2,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    buy(CALL, 1),
                    buy(PUT, 1))
            .withAliases("Straddle");

    private LongStraddle() {}
}
