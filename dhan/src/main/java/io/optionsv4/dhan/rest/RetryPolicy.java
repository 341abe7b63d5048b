package io.optionsv4.dhan.rest;

import io.optionsv4.core.result.Checks;
import java.time.Duration;

/**
 * How often and how patiently a failed Dhan call is retried: on HTTP 429 and 5xx, rate-limit and server error codes
 * (DH-904, DH-908, DH-909, 800, 805), timeouts and broken connections; never on authentication or input errors.
 *
 * <p>The wait before retry {@code n} (1-based) is exponential with "equal jitter": with {@code base = min(maxBackoff,
 * initialBackoff·2^(n−1))} it is uniform in {@code [base/2, base]}, so that clients throttled together do not retry
 * together. A {@code Retry-After} header, when longer, wins.
 *
 * @param maxAttempts attempts in all, including the first, {@code >= 1}
 * @param initialBackoff the base wait before the first retry, {@code > 0}
 * @param maxBackoff the cap of the base wait, not below {@code initialBackoff}
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** Four attempts, waits of about 0.5 s, 1 s and 2 s, capped at 8 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));

    /**
     * Validates the policy.
     *
     * @throws IllegalArgumentException naming the bad component
     */
    public RetryPolicy {
        Checks.positive(maxAttempts, "maxAttempts");
        Checks.notNull(initialBackoff, "initialBackoff");
        Checks.notNull(maxBackoff, "maxBackoff");
        Checks.argument(initialBackoff.isPositive(), "initialBackoff must be > 0 but was " + initialBackoff);
        Checks.argument(
                maxBackoff.compareTo(initialBackoff) >= 0,
                "maxBackoff " + maxBackoff + " must not be below initialBackoff " + initialBackoff);
    }

    /**
     * Returns the wait before retry {@code retry} (1 for the first retry) for a uniform random {@code unitRandom} in
     * {@code [0, 1)}.
     *
     * @throws IllegalArgumentException when {@code retry < 1} or {@code unitRandom} is outside {@code [0, 1)}
     */
    public Duration backoff(int retry, double unitRandom) {
        Checks.positive(retry, "retry");
        Checks.argument(unitRandom >= 0 && unitRandom < 1, "unitRandom must be in [0, 1) but was " + unitRandom);
        long initialNanos = initialBackoff.toNanos();
        long maxNanos = maxBackoff.toNanos();
        int doublings = Math.min(retry - 1, 62);
        long base = initialNanos > (maxNanos >> doublings) ? maxNanos : Math.min(maxNanos, initialNanos << doublings);
        long half = base / 2;
        return Duration.ofNanos(half + (long) ((base - half) * unitRandom));
    }
}
