package io.optionsv4.core.selection;

import java.util.Optional;

/**
 * Decides whether a built candidate leaves enough time between entry and its planned time exit. The exit planner
 * ({@code core.exit.ExitPlanner}) implements it; {@link StrategyConstructor} asks it for every expiry it tries and
 * moves on to the next listed expiry when the answer is a violation. Implementations are pure and thread-safe.
 */
@FunctionalInterface
public interface HoldingCheck {

    /** Accepts every candidate (no minimum holding period). */
    HoldingCheck NONE = candidate -> Optional.empty();

    /**
     * Returns why {@code candidate} cannot be held long enough (its time exit would fall within the minimum holding
     * period), or empty when it can.
     */
    Optional<String> violation(Candidate candidate);
}
