package io.optionsv4.dhan.rest;

import io.optionsv4.core.market.MarketDataException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps a group's calls within its sliding windows on the injected clock: {@link #acquire()} logs the call in the
 * group's {@link RateLog} at the earliest instant every window allows (at once while a window has room: up to its
 * limit in a burst) and waits (through the {@link Sleeper}) until then; {@link #done} records the call's completion.
 * Concurrent callers, in this process or, with a file log, in others, get successive places. Thread-safe.
 *
 * <p>After a wait the start is confirmed: a call before it that completed meanwhile, later than it was sent, can push
 * it back (the window then counts from that completion), and it waits again.
 */
final class RateLimiter {

    /** The longest a call waits for its windows (a minute's window and then some); beyond it, it is refused. */
    static final Duration MAX_WAIT = Duration.ofMinutes(2);

    /** A call allowed by {@link #acquire()}: its number in the log. */
    record Permit(long sequence) {}

    private final Clock clock;
    private final Sleeper sleeper;
    private final List<RateWindow> windows;
    private final RateLog log;

    /** Creates a limiter with its log in memory. */
    RateLimiter(Clock clock, Sleeper sleeper, List<RateWindow> windows) {
        this(clock, sleeper, windows, RateLog.inMemory(RateLog.capacityFor(largest(windows))));
    }

    /**
     * Creates a limiter over {@code log}, which must keep at least as many calls as the largest limit of {@code
     * windows}.
     */
    RateLimiter(Clock clock, Sleeper sleeper, List<RateWindow> windows, RateLog log) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.windows = List.copyOf(windows);
        this.log = log;
        int largest = largest(this.windows);
        if (largest > log.capacity()) {
            throw new IllegalArgumentException(
                    "a rate log of " + log.capacity() + " calls cannot hold a window of " + largest + " calls");
        }
    }

    private static int largest(List<RateWindow> windows) {
        return windows.stream().mapToInt(RateWindow::limit).max().orElse(1);
    }

    /** Returns the windows this limiter keeps to (lengthened by the budget's guard). */
    List<RateWindow> windows() {
        return windows;
    }

    /**
     * Waits until a call is allowed and logs it.
     *
     * @param label the call, e.g. {@code GET /orders}, for the message of a refusal
     * @throws DhanApiException (code DH-904, not sent) when the windows allow the call only more than {@link
     *     #MAX_WAIT} from now, e.g. after 1,000 orders within the hour
     * @throws MarketDataException when interrupted while waiting (the interrupt flag is restored), or when the shared
     *     budget's file cannot be used
     */
    Permit acquire(String label) {
        Instant now = clock.instant();
        RateLog.Reservation r = log.reserve(now, windows, MAX_WAIT);
        if (r.refused()) {
            String limit = r.binding() == null
                    ? "calls reserved ahead"
                    : "Dhan's limit of " + r.binding().describe();
            throw DhanApiException.notSentRateLimited(
                    label, limit + " allows the next call only at " + r.start() + "; wait before sending more");
        }
        Instant start = r.start();
        while (waitUntil(clock.instant(), start)) {
            Instant confirmed = log.confirm(r.sequence(), start, windows);
            if (!confirmed.isAfter(start)) {
                break;
            }
            start = confirmed;
        }
        return new Permit(r.sequence());
    }

    /** Records that the call of {@code permit} completed (answered or failed), now. */
    void done(Permit permit) {
        log.done(permit.sequence(), clock.instant());
    }

    /** Sleeps until {@code start}; returns false when it has come already (nothing to confirm). */
    private boolean waitUntil(Instant now, Instant start) {
        if (!start.isAfter(now)) {
            return false;
        }
        try {
            sleeper.sleep(Duration.between(now, start));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarketDataException("interrupted while waiting for Dhan's rate limit", e);
        }
    }
}
