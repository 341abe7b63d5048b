package io.optionsv4.core.exit;

import java.util.List;

/** Closes everything after the maximum number of trading days in the trade, when the settings set one. */
public final class MaxHoldingCondition implements ExitCondition {

    @Override
    public List<ExitAction> evaluate(PositionState position, ExitRules rules) {
        int limit = rules.maxHoldingTradingDays();
        if (limit == 0 || position.tradingDaysHeld() < limit) {
            return List.of();
        }
        return List.of(ExitAction.closeAll(
                Urgency.MEDIUM,
                "MAX_HOLDING",
                "maximum holding period: " + position.tradingDaysHeld() + " trading days held, limit " + limit));
    }
}
