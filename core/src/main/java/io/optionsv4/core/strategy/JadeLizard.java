package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Jade Lizard: Sell the K1 put, sell the K2 call, buy the K3 call: no upside risk when the credit exceeds K3 - K2. */
final class JadeLizard {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
            "Jade Lizard",
            StrategyMetadata.of(
                    StrategyCategory.ADVANCED,
                    DirectionalBias.BULLISH,
                    VolatilityBias.SHORT_VOL,
                    4,
                    RiskProfile.SUBSTANTIAL),
            StrikeRule.ASCENDING,
            sell(PUT, 1),
            sell(CALL, 2),
            buy(CALL, 3));

    private JadeLizard() {}
}
