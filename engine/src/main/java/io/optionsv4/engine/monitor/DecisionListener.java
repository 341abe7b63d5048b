package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.ExitDecision;

/** Receives the live book's decisions when a strategy's primary action changes. */
@FunctionalInterface
public interface DecisionListener {

    /**
     * Handles a new decision.
     *
     * @param strategy the strategy
     * @param mark its mark at the decision, or null when quotes are still missing
     * @param decision the decision
     */
    void onDecision(OpenStrategy strategy, StrategyMark mark, ExitDecision decision);
}
