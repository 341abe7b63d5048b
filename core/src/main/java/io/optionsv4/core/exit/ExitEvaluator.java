package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The exit evaluator: runs every {@link ExitCondition} over a position and returns their actions by priority ({@link
 * ExitAction#PRIORITY}). A full close makes the partial closes beside it moot, so they are dropped; notes and
 * adjustment ideas are kept. On a quote older than the rules allow, no rule is asked at all: the only action is a
 * {@link ActionKind#MONITOR} alert of {@link Urgency#HIGH} urgency saying the data is stale. Pure and stateless.
 */
public final class ExitEvaluator {

    /** Every rule: expiry risk, stops, time, holding period, targets, Greeks, adjustments. */
    public static final ExitEvaluator STANDARD = new ExitEvaluator(List.of(
            new ExpiryRiskCondition(),
            new StopLossCondition(),
            new TrailingStopCondition(),
            new TimeExitCondition(),
            new MaxHoldingCondition(),
            new ProfitTargetCondition(),
            new GreekTriggerCondition(),
            new AdjustmentCondition()));

    private final List<ExitCondition> conditions;

    /** Creates an evaluator over {@code conditions}. */
    public ExitEvaluator(List<ExitCondition> conditions) {
        this.conditions = List.copyOf(Checks.notNull(conditions, "conditions"));
    }

    /** Returns the decision for {@code position} under {@code rules}. */
    public ExitDecision evaluate(PositionState position, ExitRules rules) {
        Checks.notNull(position, "position");
        Checks.notNull(rules, "rules");
        if (position.quoteAge().compareTo(rules.maxQuoteAge()) > 0) {
            return new ExitDecision(List.of(ExitAction.monitor(
                    Urgency.HIGH,
                    "STALE_QUOTE",
                    "stale data: the oldest quote is " + position.quoteAge().toSeconds() + " s old (limit "
                            + rules.maxQuoteAge().toSeconds() + " s); no exit decided on it")));
        }
        List<ExitAction> actions = new ArrayList<>();
        for (ExitCondition condition : conditions) {
            actions.addAll(condition.evaluate(position, rules));
        }
        boolean fullClose = actions.stream().anyMatch(a -> a.kind() == ActionKind.CLOSE_IMMEDIATELY);
        if (fullClose) {
            actions.removeIf(a -> a.kind() == ActionKind.CLOSE_PARTIAL);
        }
        if (actions.isEmpty()) {
            actions.add(ExitAction.monitor(Urgency.NORMAL, "WITHIN_PLAN", "within plan"));
        }
        actions.sort(ExitAction.PRIORITY);
        return new ExitDecision(actions);
    }
}
