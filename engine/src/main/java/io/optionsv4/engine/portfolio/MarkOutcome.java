package io.optionsv4.engine.portfolio;

import io.optionsv4.core.portfolio.RecentStrategy;
import io.optionsv4.core.result.Checks;

/**
 * What {@code mark} did with one strategy.
 *
 * @param strategy the strategy as it stands afterwards
 * @param result what happened
 * @param detail why it was skipped or refused, in words; empty when marked or unmarked
 */
public record MarkOutcome(RecentStrategy strategy, Result result, String detail) {

    /** Validates the components. */
    public MarkOutcome {
        Checks.notNull(strategy, "strategy");
        Checks.notNull(result, "result");
        Checks.notNull(detail, "detail");
    }

    /** What happened to a strategy. */
    public enum Result {
        /** Marked now. */
        MARKED,
        /** Left as it was: already marked or further on its way. */
        SKIPPED,
        /** Its mark was removed. */
        UNMARKED,
        /** Unmarking was refused: it is not marked. */
        REFUSED
    }
}
