package io.optionsv4.core.exit;

import java.util.ArrayList;
import java.util.List;

/** Suggests the plan's adjustments whose price the underlying has crossed; never closes anything itself. */
public final class AdjustmentCondition implements ExitCondition {

    @Override
    public List<ExitAction> evaluate(PositionState position, ExitRules rules) {
        List<ExitAction> actions = new ArrayList<>();
        for (ExitPlan.Adjustment adjustment : rules.adjustments()) {
            if (adjustment.triggered(position.underlyingPrice())) {
                actions.add(ExitAction.adjust(
                        "ADJUST_" + adjustment.kind(),
                        adjustment.kind() + ": " + adjustment.condition() + " -> " + adjustment.suggestion()));
            }
        }
        return actions;
    }
}
