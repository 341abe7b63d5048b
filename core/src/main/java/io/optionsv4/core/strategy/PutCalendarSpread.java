package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.PUT;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Put Calendar Spread: Sell the near K1 put, buy the far K1 put: the put variant of the calendar spread. */
final class PutCalendarSpread {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Put Calendar Spread",
                    StrategyMetadata.of(
                            StrategyCategory.ADVANCED,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.LONG_VOL,
                            4,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    sell(PUT, 1),
                    buy(PUT, 1).far())
            .withAliases("Put Calendar");

    private PutCalendarSpread() {}
}
