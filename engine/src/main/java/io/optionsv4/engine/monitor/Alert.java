package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.Urgency;
import io.optionsv4.core.result.Checks;
import java.time.Instant;

/**
 * Something the trader should know: a decision, a stalled feed, a failed exit.
 *
 * @param time when it was raised
 * @param urgency how soon it needs attention
 * @param strategyId the strategy concerned, or 0 for the whole book
 * @param kind a stable key, e.g. {@code STOP_LOSS} or {@code FEED_STALLED}
 * @param message a sentence for the trader
 */
public record Alert(Instant time, Urgency urgency, long strategyId, String kind, String message) {

    /** Validates the alert. */
    public Alert {
        Checks.notNull(time, "time");
        Checks.notNull(urgency, "urgency");
        Checks.notBlank(kind, "kind");
        Checks.notBlank(message, "message");
    }
}
