package io.optionsv4.core.exit;

import io.optionsv4.core.result.Checks;
import java.util.Comparator;

/**
 * One decision of the exit evaluator.
 *
 * @param kind what to do
 * @param fraction the fraction of the original position to close: 1 for {@link ActionKind#CLOSE_IMMEDIATELY}, in (0, 1]
 *     for {@link ActionKind#CLOSE_PARTIAL}, 0 otherwise
 * @param urgency how soon
 * @param rule the rule that decided, e.g. {@code STOP_LOSS}; a stable key for de-duplication and the audit log
 * @param reason a sentence for the trader, with the figures that decided
 */
public record ExitAction(ActionKind kind, double fraction, Urgency urgency, String rule, String reason) {

    /** Orders actions by priority: the kind first ({@code CLOSE_IMMEDIATELY} first), then the urgency. */
    public static final Comparator<ExitAction> PRIORITY =
            Comparator.comparing(ExitAction::kind).thenComparing(ExitAction::urgency);

    /** Validates the action. */
    public ExitAction {
        Checks.notNull(kind, "kind");
        Checks.notNull(urgency, "urgency");
        Checks.notBlank(rule, "rule");
        Checks.notBlank(reason, "reason");
        switch (kind) {
            case CLOSE_IMMEDIATELY ->
                Checks.argument(fraction == 1.0, () -> "a full close has fraction 1 but was " + fraction);
            case CLOSE_PARTIAL ->
                Checks.argument(
                        fraction > 0 && fraction <= 1, () -> "a partial close needs a fraction in (0, 1]: " + fraction);
            case ADJUST, MONITOR ->
                Checks.argument(fraction == 0.0, kind + " closes nothing but fraction was " + fraction);
        }
    }

    /** Returns a full close. */
    public static ExitAction closeAll(Urgency urgency, String rule, String reason) {
        return new ExitAction(ActionKind.CLOSE_IMMEDIATELY, 1.0, urgency, rule, reason);
    }

    /** Returns a partial close of {@code fraction} of the original position. */
    public static ExitAction closePartial(double fraction, Urgency urgency, String rule, String reason) {
        return new ExitAction(ActionKind.CLOSE_PARTIAL, fraction, urgency, rule, reason);
    }

    /** Returns an adjustment suggestion. */
    public static ExitAction adjust(String rule, String reason) {
        return new ExitAction(ActionKind.ADJUST, 0.0, Urgency.NORMAL, rule, reason);
    }

    /** Returns a note that keeps the position. */
    public static ExitAction monitor(Urgency urgency, String rule, String reason) {
        return new ExitAction(ActionKind.MONITOR, 0.0, urgency, rule, reason);
    }

    /** Returns true when the action closes something. */
    public boolean closes() {
        return kind == ActionKind.CLOSE_IMMEDIATELY || kind == ActionKind.CLOSE_PARTIAL;
    }
}
