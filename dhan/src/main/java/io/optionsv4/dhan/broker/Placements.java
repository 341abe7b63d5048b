package io.optionsv4.dhan.broker;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The correlation ids this broker is placing right now. An order alert of the order-update stream about an order being
 * placed is handled once the placement has read the order back ({@link #awaitNone}): the read-back usually reports
 * everything the alert says already, so the alert costs no REST call; an alert that still is news afterwards is read
 * as any other. Thread-safe.
 */
final class Placements {

    private final Map<String, Integer> placing = new HashMap<>();

    /** Marks {@code correlationId} as being placed (until the matching {@link #end}). */
    synchronized void begin(String correlationId) {
        placing.merge(correlationId, 1, Integer::sum);
    }

    /** Ends a placement of {@code correlationId} begun with {@link #begin}. */
    synchronized void end(String correlationId) {
        placing.computeIfPresent(correlationId, (k, n) -> n > 1 ? n - 1 : null);
        notifyAll();
    }

    /**
     * Waits until no placement of {@code correlationId} is under way, at most {@code patience}; returns true when none
     * is (false after the wait ran out).
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    synchronized boolean awaitNone(String correlationId, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (placing.containsKey(correlationId)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
