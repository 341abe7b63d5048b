package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * What the exit evaluator decided for one position: its actions by priority, never empty (a position with nothing to
 * do gets one {@link ActionKind#MONITOR}).
 *
 * @param actions the actions, most urgent first
 */
public record ExitDecision(List<ExitAction> actions) {

    /** Validates the decision and copies the actions. */
    public ExitDecision {
        actions = List.copyOf(Checks.notNull(actions, "actions"));
        Checks.argument(!actions.isEmpty(), "a decision has at least one action");
    }

    /** Returns the action to carry out: the first by priority. */
    public ExitAction primary() {
        return actions.getFirst();
    }

    /** Returns true when the primary action closes all or part of the position. */
    public boolean closes() {
        return primary().closes();
    }
}
