package io.optionsv4.core.trade;

import io.optionsv4.core.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The broker port: places and follows orders, and reports positions and funds. Implementations: the paper broker (the
 * default, fills against the market data with the analysis' spread and cost model) and the Dhan broker (API v2).
 *
 * <p>Every method may throw {@link BrokerException}; none returns null. {@link #place} is not idempotent by itself:
 * callers look an order up with {@link #orderByCorrelationId} before placing it again after any failure whose kind is
 * {@link BrokerException.Kind#OUTCOME_UNKNOWN}.
 */
public interface Broker {

    /** Returns the broker's name for output and the audit log, e.g. {@code paper} or {@code dhan}. */
    String name();

    /** Returns true when orders move real money. */
    boolean live();

    /** Places an order and returns it as the broker accepted (or rejected) it. */
    Order place(OrderRequest request);

    /** Changes the limit price of an open limit order (the quantity stays) and returns the order. */
    Order modify(String orderId, Money limitPrice);

    /** Cancels an open order and returns it; cancelling a terminal order returns it unchanged. */
    Order cancel(String orderId);

    /** Returns the order with the broker's id, if the broker knows it. */
    Optional<Order> order(String orderId);

    /** Returns the order carrying the caller's tag, if the broker knows one. */
    Optional<Order> orderByCorrelationId(CorrelationId correlationId);

    /** Returns the day's orders. */
    List<Order> orders();

    /** Returns the day's trades. */
    List<Fill> trades();

    /** Returns the open and the day's closed positions. */
    List<Position> positions();

    /** Returns the account's funds. */
    Funds funds();

    /** Returns the margin the broker would block for the basket of orders placed together. */
    Money margin(List<OrderRequest> basket);

    /**
     * Registers a listener for order events; events reach it on the broker's thread, possibly twice or out of order.
     *
     * @return a handle that removes the listener when closed
     */
    Subscription subscribe(Consumer<OrderEvent> listener);

    /** Removes a listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
