package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.strategy.LegTemplate.buyUnderlying;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Covered Call: Hold the underlying and sell the K1 call against it: income, mildly bullish. */
final class CoveredCall {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Covered Call",
                    StrategyMetadata.of(
                            StrategyCategory.INCOME,
                            DirectionalBias.BULLISH,
                            VolatilityBias.SHORT_VOL,
                            1,
                            RiskProfile.SUBSTANTIAL),
                    StrikeRule.ASCENDING,
                    buyUnderlying(),
                    sell(CALL, 1))
            .withAliases("Buy Write");

    private CoveredCall() {}
}
