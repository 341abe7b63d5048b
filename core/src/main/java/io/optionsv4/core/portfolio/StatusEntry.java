package io.optionsv4.core.portfolio;

import io.optionsv4.core.result.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * The status of a stored strategy with its lots: one row of {@code strategy_execution_status}.
 *
 * @param status the status
 * @param lots how many times the strategy as constructed is (to be) traded; empty where the writer left it open
 * @param message why the strategy has this status (e.g. {@code allocation 12}, a rejection reason); may be empty
 * @param since when the status was last changed
 */
public record StatusEntry(StrategyStatus status, Optional<Integer> lots, String message, Instant since) {

    /** Validates the components. */
    public StatusEntry {
        Checks.notNull(status, "status");
        Checks.notNull(lots, "lots");
        lots.ifPresent(l -> Checks.positive(l, "lots"));
        Checks.notNull(message, "message");
        Checks.notNull(since, "since");
    }

    /** Returns the lots, 1 where none were recorded (one strategy as constructed). */
    public int lotsOrOne() {
        return lots.orElse(1);
    }
}
