package io.optionsv4.dhan.rest;

import io.optionsv4.core.result.Checks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the client keeps its rate budget, and how much margin it leaves. Dhan's limits are per account, not per
 * process: two {@code options-v4} runs sharing one client id must share one budget, so a shared budget lives in a
 * directory (one file per limit group and client id holding the group's latest call instants, updated under an
 * exclusive file lock) that every process of the account points at. A per-process budget keeps them in memory.
 *
 * <p>The guard lengthens every window (a second becomes 1.05 s): Dhan counts requests as they arrive at its gateway,
 * after network jitter, so a call sent exactly one window after the call it replaces can arrive inside the window and
 * be refused (805 / DH-904). A guard of twice the largest one-way jitter is never tripped.
 *
 * @param directory the directory of the shared budget files, empty for a per-process budget
 * @param guard the margin added to each window's length, {@code >= 0}
 */
public record RateBudget(Optional<Path> directory, Duration guard) {

    /**
     * The guard of a shared budget, 50 ms: covers ±25 ms of jitter on the link to Dhan; rarer delays cost a retry
     * (reads) or a refused order ({@code RATE_LIMITED}).
     */
    public static final Duration DEFAULT_GUARD = Duration.ofMillis(50);

    /** A budget in memory, no guard: what tests on a manual clock use. */
    public static final RateBudget PER_PROCESS = new RateBudget(Optional.empty(), Duration.ZERO);

    /**
     * Validates the budget.
     *
     * @throws IllegalArgumentException when a component is missing or the guard is negative
     */
    public RateBudget {
        Checks.notNull(directory, "directory");
        Checks.notNull(guard, "guard");
        Checks.argument(!guard.isNegative(), "guard must be >= 0 but was " + guard);
    }

    /** Returns a budget shared by every process that uses {@code directory}, with {@link #DEFAULT_GUARD}. */
    public static RateBudget shared(Path directory) {
        return new RateBudget(Optional.of(Checks.notNull(directory, "directory")), DEFAULT_GUARD);
    }
}
