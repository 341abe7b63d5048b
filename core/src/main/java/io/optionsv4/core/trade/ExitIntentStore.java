package io.optionsv4.core.trade;

import java.util.List;

/** Where exit intents are kept (PostgreSQL, {@code strategy_exit_intents}). */
public interface ExitIntentStore {

    /**
     * Stores the intent to close {@code strategyId} down to {@code targetClosedFraction} by {@code rule}, or returns
     * the one already stored for the same strategy, rule and target (whatever its state): committed before return.
     */
    ExitIntent open(long strategyId, String rule, double targetClosedFraction, String reason, ExitIntent.Source source);

    /** Records the intent's outcome. */
    void finish(ExitIntent intent, ExitIntent.State state, String message);

    /** Returns the intents still pending, oldest first. */
    List<ExitIntent> pending();

    /** Marks the strategy CLOSED in the execution status once every leg is flat. */
    void markClosed(long strategyId, String message);
}
