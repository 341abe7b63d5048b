package io.optionsv4.engine.execution;

import java.time.Duration;

/**
 * How the execution waits for the broker: in real time, woken early by an order event ({@link #REAL_TIME}), or on a
 * simulated clock that a test or the fault harness moves forward at once.
 */
@FunctionalInterface
public interface Pacer {

    /** Waits on the wall clock until an order event arrives or the time is up. */
    Pacer REAL_TIME = (max, events) -> events.await(max);

    /**
     * Waits at most {@code max}.
     *
     * @param max the longest wait
     * @param events the real-time wait that returns early when an order event arrives
     */
    void pause(Duration max, EventWait events);

    /** A wait that returns early when an order event arrives. */
    @FunctionalInterface
    interface EventWait {
        /** Waits at most {@code max}, returning when an order event is waiting to be read. */
        void await(Duration max);
    }
}
