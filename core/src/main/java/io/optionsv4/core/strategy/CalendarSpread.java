package io.optionsv4.core.strategy;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.strategy.LegTemplate.buy;
import static io.optionsv4.core.strategy.LegTemplate.sell;

/** Calendar Spread: Sell the near K1 call, buy the far K1 call: profits from time decay near K1 (the call calendar). */
final class CalendarSpread {

    static final StrategyDefinition DEFINITION = StrategyDefinition.of(
                    "Calendar Spread",
                    StrategyMetadata.of(
                            StrategyCategory.ADVANCED,
                            DirectionalBias.NEUTRAL,
                            VolatilityBias.LONG_VOL,
                            4,
                            RiskProfile.DEFINED),
                    StrikeRule.ASCENDING,
                    sell(CALL, 1),
                    buy(CALL, 1).far())
            .withAliases("Calendar", "Call Calendar", "Call Calendar Spread", "Time Spread");

    private CalendarSpread() {}
}
