package io.optionsv4.dhan.testdata;

import io.optionsv4.dhan.rest.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that only moves when told, and a {@link Sleeper} that "sleeps" by moving it: rate-limit and back-off waits
 * take no real time and are recorded. Thread-safe.
 */
public final class ManualClock extends Clock implements Sleeper {

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    /** Creates the clock at {@code start}. */
    public ManualClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ManualClock is UTC only");
    }

    /** Moves the clock forward. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        if (duration.isPositive()) {
            now = now.plus(duration);
        }
    }

    /** Returns the waits taken so far, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
