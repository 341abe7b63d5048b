package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;

/** Long Put: Buy one put: bearish, loss limited to the premium. */
final class LongPut {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
            "Long Put",
            StrategyMetadata.of(
                    StrategyCategory.DIRECTIONAL,
                    DirectionalBias.BEARISH,
                    VolatilityBias.LONG_VOL,
                    1,
                    RiskProfile.DEFINED),
            StrikeRule.ASCENDING,
            buy(PUT, 1));

    private LongPut() {}
}
