package io.optionsv4.bench;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.Position;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A {@link Broker} in front of another that adds up the wall time spent in its calls, for benchmark breakdowns. */
final class TimedBroker implements Broker {

    private final Broker delegate;
    private long nanos;

    TimedBroker(Broker delegate) {
        this.delegate = delegate;
    }

    /** Returns the nanoseconds spent in the delegate so far. */
    long nanos() {
        return nanos;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public boolean live() {
        return delegate.live();
    }

    @Override
    public Order place(OrderRequest request) {
        return timed(() -> delegate.place(request));
    }

    @Override
    public Order modify(String orderId, Money limitPrice) {
        return timed(() -> delegate.modify(orderId, limitPrice));
    }

    @Override
    public Order cancel(String orderId) {
        return timed(() -> delegate.cancel(orderId));
    }

    @Override
    public Optional<Order> order(String orderId) {
        return timed(() -> delegate.order(orderId));
    }

    @Override
    public Optional<Order> orderByCorrelationId(CorrelationId correlationId) {
        return timed(() -> delegate.orderByCorrelationId(correlationId));
    }

    @Override
    public List<Order> orders() {
        return timed(delegate::orders);
    }

    @Override
    public List<Fill> trades() {
        return timed(delegate::trades);
    }

    @Override
    public List<Position> positions() {
        return timed(delegate::positions);
    }

    @Override
    public Funds funds() {
        return timed(delegate::funds);
    }

    @Override
    public Money margin(List<OrderRequest> basket) {
        return timed(() -> delegate.margin(basket));
    }

    @Override
    public Subscription subscribe(Consumer<OrderEvent> listener) {
        return delegate.subscribe(listener);
    }

    private <T> T timed(Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            nanos += System.nanoTime() - start;
        }
    }
}
