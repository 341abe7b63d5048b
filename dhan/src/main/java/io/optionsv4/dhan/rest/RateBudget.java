package io.optionsv4.dhan.rest;

import io.optionsv4.core.result.Checks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the client keeps its rate budget, and how much margin it leaves. Dhan's limits are per account, not per
 * process: two {@code options-v4} runs sharing one client id must share one budget, so a shared budget lives in a
 * directory (one small file per limit group and client id, reserved under an exclusive file lock) that every process
 * of the account points at. A per-process budget keeps the reservations in memory.
 *
 * <p>The guard is added to every interval: Dhan measures the spacing of requests at its gateway, after network jitter,
 * so requests spaced exactly at the limit are sometimes refused (805 / DH-904) and cost a retry.
 *
 * @param directory the directory of the shared budget files, empty for a per-process budget
 * @param guard the margin added to each group's interval, {@code >= 0}
 */
public record RateBudget(Optional<Path> directory, Duration guard) {

    /** The guard of a shared budget, 50 ms: covers the usual jitter of a link to Dhan; rarer delays cost a retry. */
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
