package io.optionsv4.core.trade;

import io.optionsv4.core.result.Checks;
import java.time.Instant;

/**
 * One strategy's execution as persisted: its state, the attempt whose correlation ids it uses, and why it ended.
 *
 * @param strategyId the stored strategy's id, {@code >= 0}
 * @param attempt the attempt, {@code >= 1}: a FAILED strategy marked again executes as the next attempt
 * @param lots strategy lots (each leg trades its own lots times this)
 * @param state where the execution is
 * @param broker the name of the broker the orders went to ({@link Broker#name()})
 * @param reason why it failed or stopped; empty while all is well
 * @param startedAt when the attempt started
 * @param updatedAt when the state last changed
 */
public record StrategyExecution(
        long strategyId,
        int attempt,
        int lots,
        ExecutionState state,
        String broker,
        String reason,
        Instant startedAt,
        Instant updatedAt) {

    /** Validates the components. */
    public StrategyExecution {
        Checks.argument(strategyId >= 0, () -> "strategyId must be >= 0 but was " + strategyId);
        Checks.positive(attempt, "attempt");
        Checks.positive(lots, "lots");
        Checks.notNull(state, "state");
        Checks.notBlank(broker, "broker");
        Checks.notNull(reason, "reason");
        Checks.notNull(startedAt, "startedAt");
        Checks.notNull(updatedAt, "updatedAt");
    }

    /**
     * Returns this execution in {@code next} state.
     *
     * @throws IllegalStateException when the state machine does not allow the move
     */
    public StrategyExecution moveTo(ExecutionState next, String why, Instant at) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("strategy " + strategyId + " cannot move from " + state + " to " + next);
        }
        return new StrategyExecution(strategyId, attempt, lots, next, broker, why, startedAt, at);
    }
}
