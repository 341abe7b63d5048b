package io.optionsv4.dhan.broker;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderStatus;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the broker has reported of each order, merged monotonically from any source (the order-update stream, a REST
 * lookup, the polled order book): an order's filled quantity and status only move forward, a trade is reported once by
 * its trade id, so duplicated, reordered or stale views change nothing. Each forward step becomes {@link OrderEvent}s
 * to the listeners, in order: {@code Accepted} when an order is first seen (unless it was refused outright), one
 * {@code PartiallyFilled} or {@code Filled} per new trade, then {@code Cancelled}, {@code Rejected} or {@code Expired}
 * when the order ends so. Thread-safe; listeners run under the tracker's lock, on the thread that merged.
 */
final class OrderTracker {

    private static final System.Logger LOG = System.getLogger(OrderTracker.class.getName());

    private static final class Tracked {
        private boolean seen;
        private OrderStatus status = OrderStatus.PENDING;
        private int filled;
        private Money value = Money.ZERO;
        private final Set<String> tradeIds = new HashSet<>();
    }

    private final Map<String, Tracked> orders = new HashMap<>();
    private final List<Consumer<OrderEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener; closing the handle removes it. */
    Broker.Subscription subscribe(Consumer<OrderEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Returns true when an update of {@code orderId} to {@code status} with {@code filled} units would be news: an
     * order not seen yet, more units filled, or the same units in a later status. Duplicates and stale updates are
     * not.
     */
    synchronized boolean isNews(String orderId, OrderStatus status, int filled) {
        Tracked t = orders.get(orderId);
        if (t == null || filled > t.filled) {
            return true;
        }
        return filled == t.filled && rank(status) > rank(t.status);
    }

    /** Merges {@code order} as Dhan reports it now, with its trades so far, and reports what moved forward. */
    synchronized void merge(Order order, List<Fill> fills) {
        Tracked t = orders.computeIfAbsent(order.orderId(), k -> new Tracked());
        if (t.tradeIds.isEmpty() && !t.seen) {
            t.seen = true;
            if (order.status() != OrderStatus.REJECTED) {
                emit(new OrderEvent.Accepted(order.with(OrderStatus.PENDING, 0, Money.ZERO, "", order.updatedAt())));
            }
        }
        List<Fill> fresh = fills.stream()
                .filter(f -> f.orderId().equals(order.orderId()) && !t.tradeIds.contains(f.tradeId()))
                .sorted(Comparator.comparing(Fill::time).thenComparing(Fill::tradeId))
                .toList();
        int quantity = order.request().quantity();
        for (Fill f : fresh) {
            if (t.filled + f.quantity() > quantity) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Dhan trade {0} would overfill order {1}; ignored",
                        f.tradeId(),
                        order.orderId());
                continue;
            }
            t.tradeIds.add(f.tradeId());
            t.filled += f.quantity();
            t.value = t.value.plus(f.value());
            boolean complete = t.filled == quantity;
            Order view = order.with(
                    complete ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED, t.filled, t.value, "", f.time());
            emit(complete ? new OrderEvent.Filled(view, f) : new OrderEvent.PartiallyFilled(view, f));
            t.status = view.status();
        }
        boolean tradesComplete = t.filled == order.filledQuantity();
        if (tradesComplete && rank(order.status()) > rank(t.status)) {
            switch (order.status()) {
                case CANCELLED -> emit(new OrderEvent.Cancelled(order));
                case REJECTED -> emit(new OrderEvent.Rejected(order));
                case EXPIRED -> emit(new OrderEvent.Expired(order));
                case PENDING, PARTIALLY_FILLED, FILLED -> {
                    // reported with its trades
                }
            }
            t.status = order.status();
        }
    }

    private void emit(OrderEvent event) {
        for (Consumer<OrderEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "an order event listener failed on order "
                                + event.order().orderId() + " (" + event.order().correlationId() + ")",
                        e);
            }
        }
    }

    private static int rank(OrderStatus status) {
        return switch (status) {
            case PENDING -> 0;
            case PARTIALLY_FILLED -> 1;
            case FILLED, CANCELLED, REJECTED, EXPIRED -> 2;
        };
    }
}
