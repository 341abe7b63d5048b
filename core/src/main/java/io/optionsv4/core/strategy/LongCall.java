package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.strategy.LegTemplate.buy;

/** Long Call: Buy one call: bullish, loss limited to the premium, unlimited upside. */
final class LongCall {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
            "Long Call",
            StrategyMetadata.of(
                    StrategyCategory.DIRECTIONAL,
                    DirectionalBias.BULLISH,
                    VolatilityBias.LONG_VOL,
                    1,
                    RiskProfile.DEFINED),
            StrikeRule.ASCENDING,
            buy(CALL, 1));

    private LongCall() {}
}
