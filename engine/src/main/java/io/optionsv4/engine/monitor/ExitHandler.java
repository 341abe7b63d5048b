package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.ExitAction;
import java.util.Optional;

/**
 * Carries out the monitor's closing decisions: the execution service behind it persists an exit intent (with its
 * correlation ids) before any order, so a decision handed over twice, or again after a restart, closes once.
 */
public interface ExitHandler {

    /**
     * Closes {@code action.fraction()} of the strategy's original position (all that is left for a full close).
     *
     * @param strategy the strategy as the monitor holds it
     * @param action the closing action
     * @return the strategy after the exit as the books now hold it, or empty when nothing of it remains open
     */
    Optional<OpenStrategy> close(OpenStrategy strategy, ExitAction action);
}
