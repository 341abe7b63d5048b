package io.optionsv4.core.exit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Closes everything when the loss reaches the plan's stop or the absolute per-strategy limit of the settings. */
public final class StopLossCondition implements ExitCondition {

    @Override
    public List<ExitAction> evaluate(PositionState position, ExitRules rules) {
        double loss = -position.pnlRupees();
        List<ExitAction> actions = new ArrayList<>(1);
        if (rules.stopLossRupees() > 0 && loss >= rules.stopLossRupees()) {
            actions.add(ExitAction.closeAll(
                    Urgency.HIGH,
                    "STOP_LOSS",
                    String.format(
                            Locale.ROOT,
                            "stop loss: loss ₹%,.2f reached the plan's stop ₹%,.2f",
                            loss,
                            rules.stopLossRupees())));
        } else if (rules.absoluteStopRupees().isPresent()
                && loss >= rules.absoluteStopRupees().get()) {
            actions.add(ExitAction.closeAll(
                    Urgency.HIGH,
                    "ABSOLUTE_STOP",
                    String.format(
                            Locale.ROOT,
                            "absolute stop: loss ₹%,.2f reached the per-strategy limit ₹%,.2f",
                            loss,
                            rules.absoluteStopRupees().get())));
        }
        return actions;
    }
}
