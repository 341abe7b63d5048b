package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;

/** Long Strangle: Buy the K1 put and the K2 call (K1 &lt; K2): a cheaper straddle. */
final class LongStrangle {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Long Strangle",
                    StrategyMetadata.of(
                            StrategyCategory.VOLATILITY,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.LONG_VOL,
                            2,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    buy(PUT, 1),
                    buy(CALL, 2))
            .withAliases("Strangle");

    private LongStrangle() {}
}
