package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.ActionKind;
import io.optionsv4.core.exit.ExitAction;
import io.optionsv4.core.exit.HeldPositionStore;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.core.trade.ExitIntentStore;
import io.optionsv4.engine.execution.ExecutionService;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The monitor's {@link ExitHandler} over the execution service: a full close targets the whole position, a partial
 * close the share already closed plus the action's share; the service stores the intent before any order, so the same
 * decision made again closes nothing twice. After the exit the strategy is read back from the books.
 */
public final class ExecutionExits implements ExitHandler {

    private final ExecutionService execution;
    private final ExitIntentStore intents;
    private final HeldPositionStore books;
    private final OpenStrategies mapper;
    private final Consumer<ExecutionService.ExitOutcome> journal;

    /**
     * Creates the handler.
     *
     * @param execution the execution service (its broker places the exits)
     * @param intents where exit intents are kept
     * @param books the books, to read the strategy back
     * @param mapper turns the books into the monitor's view
     * @param journal receives each exit's outcome (the exit journal, logs/exit_executions.json)
     */
    public ExecutionExits(
            ExecutionService execution,
            ExitIntentStore intents,
            HeldPositionStore books,
            OpenStrategies mapper,
            Consumer<ExecutionService.ExitOutcome> journal) {
        this.execution = Checks.notNull(execution, "execution");
        this.intents = Checks.notNull(intents, "intents");
        this.books = Checks.notNull(books, "books");
        this.mapper = Checks.notNull(mapper, "mapper");
        this.journal = Checks.notNull(journal, "journal");
    }

    @Override
    public Optional<OpenStrategy> close(OpenStrategy strategy, ExitAction action) {
        Checks.argument(action.closes(), "not a closing action: " + action);
        double target = action.kind() == ActionKind.CLOSE_IMMEDIATELY
                ? 1.0
                : Math.min(1.0, strategy.closedFraction() + action.fraction());
        ExecutionService.ExitOutcome outcome = execution.close(
                intents, strategy.strategyId(), action.rule(), target, action.reason(), ExitIntent.Source.MONITOR);
        journal.accept(outcome);
        if (outcome.state() == ExitIntent.State.FAILED) {
            throw new IllegalStateException(outcome.message());
        }
        return books.open(strategy.strategyId()).filter(h -> !h.closed()).map(mapper::of);
    }
}
