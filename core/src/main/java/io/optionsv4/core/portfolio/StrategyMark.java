package io.optionsv4.core.portfolio;

import io.optionsv4.core.result.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * The execution state a strategy is in, with its lots: one row of {@code strategy_execution_status}.
 *
 * @param state the state
 * @param lots how many times the strategy as constructed is (to be) traded; empty where the writer left it open
 * @param message why the strategy is in this state (e.g. {@code allocation 12}, a rejection reason); may be empty
 * @param since when the state was last changed
 */
public record StrategyMark(ExecutionState state, Optional<Integer> lots, String message, Instant since) {

    /** Validates the components. */
    public StrategyMark {
        Checks.notNull(state, "state");
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
