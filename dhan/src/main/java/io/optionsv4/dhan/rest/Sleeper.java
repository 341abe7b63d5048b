package io.optionsv4.dhan.rest;

import java.time.Duration;

/**
 * Waits for a duration: the one place the adapter pauses (rate limits, back-off), injected so that tests advance a
 * manual clock instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps with {@link Thread#sleep(Duration)}. */
    Sleeper SYSTEM = Thread::sleep;

    /**
     * Waits for {@code duration} (zero or negative returns at once).
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
}
