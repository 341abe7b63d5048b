package io.optionsv4.dhan.rest;

import io.optionsv4.core.market.MarketDataException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces calls at least {@code interval} apart on the injected clock: {@link #acquire()} reserves the next free slot
 * of its {@link RateSlots} and waits (through the {@link Sleeper}) until it starts, and until one interval after the
 * latest completed call of the group; {@link #done()} records a completion. Concurrent callers, in this process or,
 * with file slots, in others, get successive slots. Thread-safe.
 */
final class RateLimiter {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private final RateSlots slots;

    RateLimiter(Clock clock, Sleeper sleeper, Duration interval) {
        this(clock, sleeper, interval, RateSlots.inMemory());
    }

    RateLimiter(Clock clock, Sleeper sleeper, Duration interval, RateSlots slots) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
        this.slots = slots;
    }

    /** Returns the minimum spacing of calls. */
    Duration interval() {
        return interval;
    }

    /**
     * Waits until a call is allowed and reserves it.
     *
     * @throws MarketDataException when interrupted while waiting (the interrupt flag is restored), or when the shared
     *     budget's file cannot be used
     */
    void acquire() {
        Instant now = clock.instant();
        waitUntil(now, slots.reserve(now, interval));
        Instant lastDone = slots.lastDone();
        if (!lastDone.equals(Instant.MIN)) {
            waitUntil(clock.instant(), lastDone.plus(interval));
        }
    }

    /** Records that the call allowed by the last {@link #acquire()} completed (answered or failed), now. */
    void done() {
        slots.done(clock.instant());
    }

    private void waitUntil(Instant now, Instant start) {
        if (!start.isAfter(now) || start.isAfter(now.plus(RateSlots.STALE))) {
            return;
        }
        try {
            sleeper.sleep(Duration.between(now, start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarketDataException("interrupted while waiting for Dhan's rate limit", e);
        }
    }
}
