package io.optionsv4.dhan.rest;

import io.optionsv4.core.market.MarketDataException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces calls at least {@code interval} apart on the injected clock: {@link #acquire()} waits (through the {@link
 * Sleeper}) until the interval since the previous permit has passed. Callers queue on the lock, so concurrent callers
 * are spaced too. Thread-safe.
 */
final class RateLimiter {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private Instant next;

    RateLimiter(Clock clock, Sleeper sleeper, Duration interval) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
    }

    /** Returns the minimum spacing of calls. */
    Duration interval() {
        return interval;
    }

    /**
     * Waits until a call is allowed and reserves it.
     *
     * @throws MarketDataException when interrupted while waiting (the interrupt flag is restored)
     */
    synchronized void acquire() {
        Instant now = clock.instant();
        if (next != null && now.isBefore(next)) {
            try {
                sleeper.sleep(Duration.between(now, next));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MarketDataException("interrupted while waiting for Dhan's rate limit", e);
            }
            now = clock.instant();
        }
        Instant start = next != null && now.isBefore(next) ? next : now;
        next = start.plus(interval);
    }
}
