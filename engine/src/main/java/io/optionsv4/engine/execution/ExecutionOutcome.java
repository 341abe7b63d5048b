package io.optionsv4.engine.execution;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OrderRecord;
import java.util.List;
import java.util.Optional;

/**
 * What became of one strategy in an {@code execute} run.
 *
 * @param strategy the strategy
 * @param result the result
 * @param attempt the attempt it ran as (0 when it did not start)
 * @param reason why it failed, stopped or was not started; empty when executed
 * @param orders its orders as stored, in the order they were created
 * @param preview the pre-trade checks it ran with, empty for a resumed execution
 */
public record ExecutionOutcome(
        MarkedStrategy strategy,
        Result result,
        int attempt,
        String reason,
        List<OrderRecord> orders,
        Optional<StrategyPreview> preview) {

    /** Validates the components and copies the orders. */
    public ExecutionOutcome {
        Checks.notNull(strategy, "strategy");
        Checks.notNull(result, "result");
        Checks.argument(attempt >= 0, "attempt must be >= 0 but was " + attempt);
        Checks.notNull(reason, "reason");
        orders = List.copyOf(Checks.notNull(orders, "orders"));
        Checks.notNull(preview, "preview");
    }

    /** What became of a strategy. */
    public enum Result {
        /** Every leg filled: the strategy is open. */
        EXECUTED,
        /** A leg was rejected or did not fill; the filled legs were unwound: nothing is held. */
        FAILED,
        /** The run stopped before a terminal state (broker unavailable, outcome unknown); run execute again. */
        STOPPED,
        /** A pre-trade check failed: nothing was sent. */
        CHECKS_FAILED,
        /** Executed by an earlier run: nothing was sent. */
        ALREADY_EXECUTED,
        /** Failed in an earlier run and not marked again: nothing was sent. */
        NOT_MARKED,
        /** Not started because an earlier strategy of the run stopped. */
        NOT_STARTED;

        /** Returns true when the run needs attention: a strategy stopped in flight. */
        public boolean inFlight() {
            return this == STOPPED;
        }
    }
}
