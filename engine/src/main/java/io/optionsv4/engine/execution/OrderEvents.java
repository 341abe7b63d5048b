package io.optionsv4.engine.execution;

import io.optionsv4.core.trade.OrderEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The inbox of the broker's order events: the broker's thread adds, the execution's thread drains at its next
 * decision, so that every database write happens on one thread. Events may arrive twice or out of order; the reader
 * merges them into its orders monotonically ({@link io.optionsv4.core.trade.OrderRecord#merge}). Thread-safe.
 */
final class OrderEvents implements Consumer<OrderEvent>, Pacer.EventWait {

    private final Queue<OrderEvent> queue = new ConcurrentLinkedQueue<>();
    private final Object signal = new Object();

    @Override
    public void accept(OrderEvent event) {
        queue.add(event);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Returns the waiting events in arrival order and empties the inbox. */
    List<OrderEvent> drain() {
        List<OrderEvent> events = new ArrayList<>();
        for (OrderEvent e = queue.poll(); e != null; e = queue.poll()) {
            events.add(e);
        }
        return events;
    }

    @Override
    public void await(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (signal) {
            while (queue.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    signal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
