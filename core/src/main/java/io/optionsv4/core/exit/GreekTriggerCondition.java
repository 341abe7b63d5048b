package io.optionsv4.core.exit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Watches the position's net Greeks against the plan's bands: a breached band closes its share of the position once
 * (its key joins {@link PositionState#actedRules()}), or raises an alert when its share is zero.
 */
public final class GreekTriggerCondition implements ExitCondition {

    @Override
    public List<ExitAction> evaluate(PositionState position, ExitRules rules) {
        List<ExitAction> actions = new ArrayList<>();
        for (ExitPlan.GreekTrigger trigger : rules.greekTriggers()) {
            double live = position.greeks().of(trigger.kind());
            if (!trigger.breached(live)) {
                continue;
            }
            String key = "GREEK_" + trigger.kind();
            String reason = String.format(
                    Locale.ROOT,
                    "%s trigger: net %s %.4f beyond ±%.4f (%s)",
                    trigger.kind().name().toLowerCase(Locale.ROOT),
                    trigger.kind().name().toLowerCase(Locale.ROOT),
                    live,
                    trigger.limit(),
                    trigger.action());
            double share = Math.min(trigger.exitFraction(), 1 - position.closedFraction());
            if (share <= 0 || position.actedRules().contains(key)) {
                actions.add(ExitAction.monitor(Urgency.MEDIUM, key, reason));
            } else {
                actions.add(ExitAction.closePartial(share, Urgency.MEDIUM, key, reason));
            }
        }
        return actions;
    }
}
