package io.optionsv4.engine.testdata;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.Position;
import io.optionsv4.engine.testdata.FaultPlan.LegFault;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link Broker} in front of any broker that injects the faults of a {@link FaultPlan}: rejects, time-outs before and
 * after the order reached the broker, orders that never fill, fill in part or fill late (by moving the market through
 * {@link MarketMoves}), a connection that drops for a number of calls (a mutating call may have reached the broker
 * before the drop), duplicated and reordered order events, and a crash of the process at a chosen call. It counts the
 * placements that reached the broker per correlation id, so a harness can prove no tag was placed twice.
 * Thread-safe.
 */
public final class FaultInjectingBroker implements Broker {

    private final Broker delegate;
    private final FaultPlan plan;
    private final MarketMoves moves;
    private final Random random;
    private final Clock clock;
    private final Map<CorrelationId, Integer> placements;
    private final Set<String> spent = new HashSet<>();
    private final Map<String, Order> synthetic = new HashMap<>();
    private final Map<String, LegFault> late = new HashMap<>();
    private final Map<String, Integer> modifications = new HashMap<>();
    private final List<Consumer<OrderEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<OrderEvent> held = new ArrayList<>();
    private int calls;

    /**
     * Creates the wrapper.
     *
     * @param delegate the broker behind it
     * @param plan the faults
     * @param moves how the market is moved for the fill faults
     * @param random the randomness of the events' duplication and reordering and of the drops
     * @param clock the clock of synthetic rejections
     * @param placements the count of placements that reached the broker, per correlation id (shared across restarts)
     */
    public FaultInjectingBroker(
            Broker delegate,
            FaultPlan plan,
            MarketMoves moves,
            Random random,
            Clock clock,
            Map<CorrelationId, Integer> placements) {
        this.delegate = delegate;
        this.plan = plan;
        this.moves = moves;
        this.random = random;
        this.clock = clock;
        this.placements = placements;
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
    public synchronized Order place(OrderRequest request) {
        String call = "place " + request.correlationId();
        String key = key(request.correlationId());
        LegFault fault = plan.legFaults().get(key);
        boolean first = fault != null && spent.add(key);
        return mutating(call, () -> {
            if (first && fault == LegFault.REJECT) {
                return reject(request);
            }
            if (first && fault == LegFault.TIMEOUT_BEFORE) {
                throw new BrokerException(BrokerException.Kind.OUTCOME_UNKNOWN, "fault: timed out before sending");
            }
            if (first && request.instrument() instanceof OptionInstrument contract) {
                if (fault == LegFault.NO_FILL || fault == LegFault.FILL_LATE) {
                    moves.away(contract, request.side());
                } else if (fault == LegFault.PARTIAL) {
                    moves.thin(contract, request.side(), Math.max(0, request.quantity() - request.lotSize()));
                }
            }
            Order placed = placeAtBroker(request);
            if (first && fault == LegFault.FILL_LATE) {
                late.put(placed.orderId(), fault);
            }
            if (first && fault == LegFault.TIMEOUT_AFTER) {
                throw new BrokerException(BrokerException.Kind.OUTCOME_UNKNOWN, "fault: timed out after sending");
            }
            return placed;
        });
    }

    @Override
    public synchronized Order modify(String orderId, Money limitPrice) {
        return mutating("modify " + orderId, () -> {
            Order known = synthetic.get(orderId);
            if (known != null) {
                throw new BrokerException(BrokerException.Kind.REJECTED, "order " + orderId + " is rejected");
            }
            int n = modifications.merge(orderId, 1, Integer::sum);
            if (late.containsKey(orderId) && n == 2) {
                delegate.order(orderId)
                        .filter(o -> o.request().instrument() instanceof OptionInstrument)
                        .ifPresent(
                                o -> moves.back((OptionInstrument) o.request().instrument()));
            }
            return delegate.modify(orderId, limitPrice);
        });
    }

    @Override
    public synchronized Order cancel(String orderId) {
        return mutating("cancel " + orderId, () -> {
            Order known = synthetic.get(orderId);
            return known != null ? known : delegate.cancel(orderId);
        });
    }

    @Override
    public synchronized Optional<Order> order(String orderId) {
        return reading("order " + orderId, () -> {
            Order known = synthetic.get(orderId);
            return known != null ? Optional.of(known) : delegate.order(orderId);
        });
    }

    @Override
    public synchronized Optional<Order> orderByCorrelationId(CorrelationId correlationId) {
        return reading("lookup " + correlationId, () -> {
            Optional<Order> known = synthetic.values().stream()
                    .filter(o -> o.correlationId().equals(correlationId))
                    .findFirst();
            return known.isPresent() ? known : delegate.orderByCorrelationId(correlationId);
        });
    }

    @Override
    public synchronized List<Order> orders() {
        return reading("orders", delegate::orders);
    }

    @Override
    public synchronized List<Fill> trades() {
        return reading("trades", delegate::trades);
    }

    @Override
    public synchronized List<Position> positions() {
        return reading("positions", delegate::positions);
    }

    @Override
    public synchronized Funds funds() {
        return reading("funds", delegate::funds);
    }

    @Override
    public synchronized Money margin(List<OrderRequest> basket) {
        return reading("margin", () -> delegate.margin(basket));
    }

    @Override
    public Subscription subscribe(Consumer<OrderEvent> listener) {
        listeners.add(listener);
        Subscription upstream = delegate.subscribe(this::deliver);
        return () -> {
            listeners.remove(listener);
            upstream.close();
        };
    }

    /** Returns the number of broker calls so far. */
    public synchronized int calls() {
        return calls;
    }

    private Order placeAtBroker(OrderRequest request) {
        placements.merge(request.correlationId(), 1, Integer::sum);
        return delegate.place(request);
    }

    private Order reject(OrderRequest request) {
        String id = "FAULT-" + request.correlationId().value();
        Order rejected = new Order(
                id, request, OrderStatus.REJECTED, 0, Money.ZERO, "fault: rejected by the exchange", clock.instant());
        synthetic.put(id, rejected);
        deliver(new OrderEvent.Rejected(rejected));
        return rejected;
    }

    private <T> T mutating(String call, Supplier<T> action) {
        int n = ++calls;
        crashBefore(n, call);
        if (disconnected(n)) {
            if (random.nextBoolean()) {
                try {
                    action.get();
                } catch (BrokerException e) {
                    // what the broker answered is lost with the connection
                }
                throw new BrokerException(
                        BrokerException.Kind.OUTCOME_UNKNOWN, "fault: the connection dropped after " + call);
            }
            throw new BrokerException(BrokerException.Kind.UNAVAILABLE, "fault: no connection for " + call);
        }
        T answer = action.get();
        crashAfter(n, call);
        release();
        return answer;
    }

    private <T> T reading(String call, Supplier<T> action) {
        int n = ++calls;
        crashBefore(n, call);
        if (disconnected(n)) {
            throw new BrokerException(BrokerException.Kind.UNAVAILABLE, "fault: no connection for " + call);
        }
        T answer = action.get();
        crashAfter(n, call);
        release();
        return answer;
    }

    private void crashBefore(int n, String call) {
        if (plan.crashAtCall().isPresent() && plan.crashAtCall().getAsInt() == n && !plan.crashAfter()) {
            throw new SimulatedCrash(call + " (before)");
        }
    }

    private void crashAfter(int n, String call) {
        if (plan.crashAtCall().isPresent() && plan.crashAtCall().getAsInt() == n && plan.crashAfter()) {
            throw new SimulatedCrash(call + " (after)");
        }
    }

    private boolean disconnected(int n) {
        if (plan.disconnectAtCall().isEmpty()) {
            return false;
        }
        int from = plan.disconnectAtCall().getAsInt();
        return n >= from && n < from + plan.disconnectedCalls();
    }

    private void deliver(OrderEvent event) {
        if (random.nextDouble() < plan.holdEvents()) {
            synchronized (held) {
                held.add(event);
            }
            return;
        }
        send(event);
        if (random.nextDouble() < plan.duplicateEvents()) {
            send(event);
        }
        release();
    }

    private void release() {
        List<OrderEvent> late;
        synchronized (held) {
            late = List.copyOf(held);
            held.clear();
        }
        late.forEach(this::send);
    }

    private void send(OrderEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    /** Returns {@code <leg><purpose letter>} of a tag {@code ns-strategy-<leg><letter><n>}. */
    public static String key(CorrelationId id) {
        String last = id.value().substring(id.value().lastIndexOf('-') + 1);
        int letter = 0;
        while (letter < last.length() && Character.isDigit(last.charAt(letter))) {
            letter++;
        }
        return last.substring(0, Math.min(letter + 1, last.length()));
    }
}
