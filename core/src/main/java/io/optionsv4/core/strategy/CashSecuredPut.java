package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Cash-Secured Put: Sell the K1 put with cash set aside to buy the stock at K1: income, mildly bullish. */
final class CashSecuredPut {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Cash-Secured Put",
                    StrategyMetadata.of(
                            StrategyCategory.INCOME,
                            DirectionalBias.BULLISH,
                            VolatilityBias.SHORT_VOL,
                            1,
                            RiskProfile.SUBSTANTIAL),
                    StrikeRule.ASCENDING,
                    sell(PUT, 1))
            .withAliases("CSP", "Short Put");

    private CashSecuredPut() {}
}
