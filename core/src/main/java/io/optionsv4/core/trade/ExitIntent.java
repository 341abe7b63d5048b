package io.optionsv4.core.trade;

import io.optionsv4.core.result.Checks;

/**
 * A decision to close all or part of a strategy, stored before any exit order is sent.
 *
 * @param id the intent's id
 * @param strategyId the strategy
 * @param rule the rule that decided (e.g. {@code STOP_LOSS}) or {@code MANUAL}
 * @param targetClosedFraction the share of the original position that is closed once the intent is carried out
 * @param reason why, in words
 * @param source who decided
 * @param state where it is
 * @param message the outcome in words, once finished
 */
public record ExitIntent(
        long id,
        long strategyId,
        String rule,
        double targetClosedFraction,
        String reason,
        Source source,
        State state,
        String message) {

    /** Validates the intent. */
    public ExitIntent {
        Checks.notBlank(rule, "rule");
        Checks.argument(
                targetClosedFraction > 0 && targetClosedFraction <= 1,
                "targetClosedFraction must be in (0, 1] but was " + targetClosedFraction);
        Checks.notNull(reason, "reason");
        Checks.notNull(source, "source");
        Checks.notNull(state, "state");
        Checks.notNull(message, "message");
    }

    /** Who decided to close. */
    public enum Source {
        /** The exit rules of a monitor. */
        MONITOR,
        /** The trader ({@code options-v4 close}). */
        MANUAL
    }

    /** Where an intent is. */
    public enum State {
        /** Stored; its orders may be in flight. */
        PENDING,
        /** Carried out: the position is closed down to the target. */
        DONE,
        /** Could not be carried out; what did fill stays booked. */
        FAILED
    }
}
