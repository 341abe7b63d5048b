package io.optionsv4.engine.execution;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.BrokerException.Kind;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.Position;
import io.optionsv4.engine.paper.FreezeQuantities;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Broker} that slices an order above the exchange's freeze quantity into legal child orders on the broker it
 * wraps, and shows them to its caller as one order.
 *
 * <p><b>Limits.</b> The freeze quantity of the order's underlying on the trading day (India) comes from
 * {@link FreezeQuantities}; an order for an underlying without a known limit is refused ({@link Kind#INVALID}, nothing
 * sent): a limit is never guessed. An order within the limit goes through unchanged, under its own correlation id.
 *
 * <p><b>Slices.</b> An order of {@code Q} units above the limit {@code F} becomes {@code ceil(Q / S)} children of
 * {@code S} units (the largest whole number of lots within {@code F}), the last one the remainder, placed in order.
 * Child {@code i} is tagged {@code <parent>-s<i>q<Q>}; the combined order's id is {@code SLICED:<parent>:<Q>:<S>}, so
 * both can be rebuilt from the tags after a restart. Before placing a child the wrapped broker is asked for its tag,
 * and a child that exists is adopted: a re-run never places a slice twice.
 *
 * <p><b>The combined order</b> has the parent's request (the children's current limit), the sum of the children's
 * filled quantities and values, and a status: FILLED when every child filled; PENDING or PARTIALLY_FILLED while a
 * child is open; otherwise (every child terminal, or a slice never placed) CANCELLED, or REJECTED when nothing filled
 * and a child was rejected. {@link #modify} and {@link #cancel} act on every open child. Order events of a child reach
 * subscribers as events of the combined order. {@link #orders()} and {@link #trades()} are the wrapped broker's, with
 * the children as the exchange knows them.
 */
public final class FreezeSlicingBroker implements Broker {

    private static final System.Logger LOG = System.getLogger(FreezeSlicingBroker.class.getName());
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final String PREFIX = "SLICED:";
    private static final Pattern CHILD = Pattern.compile("(.+)-s(\\d+)q(\\d+)");

    private final Broker inner;
    private final FreezeQuantities limits;
    private final Clock clock;
    private final java.util.Set<CorrelationId> placing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Creates the slicer.
     *
     * @param inner the broker the children are placed with
     * @param limits the freeze quantities (units) per underlying and day
     * @param clock says which trading day's limit applies
     */
    public FreezeSlicingBroker(Broker inner, FreezeQuantities limits, Clock clock) {
        this.inner = Checks.notNull(inner, "inner");
        this.limits = Checks.notNull(limits, "limits");
        this.clock = Checks.notNull(clock, "clock");
    }

    /** Returns the wrapped broker. */
    public Broker inner() {
        return inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public boolean live() {
        return inner.live();
    }

    /** A slicing of one parent order: total units, units per slice, number of slices. */
    private record Plan(CorrelationId parent, int total, int sliceSize) {

        int slices() {
            return (total + sliceSize - 1) / sliceSize;
        }

        int quantity(int i) {
            return i < slices() ? sliceSize : total - sliceSize * (slices() - 1);
        }

        CorrelationId child(int i) {
            return new CorrelationId(parent.value() + "-s" + i + "q" + total);
        }

        String orderId() {
            return PREFIX + parent.value() + ":" + total + ":" + sliceSize;
        }

        static Optional<Plan> ofOrderId(String orderId) {
            if (!orderId.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String[] parts = orderId.substring(PREFIX.length()).split(":");
            return Optional.of(
                    new Plan(new CorrelationId(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
    }

    @Override
    public Order place(OrderRequest request) {
        Checks.notNull(request, "request");
        String symbol = request.instrument().symbol();
        LocalDate day = LocalDate.ofInstant(clock.instant(), INDIA);
        OptionalInt limit = limits.maxQuantity(symbol, day);
        if (limit.isEmpty()) {
            throw new BrokerException(
                    Kind.INVALID,
                    "order " + request.correlationId() + " refused: no freeze quantity of " + symbol + " is known for "
                            + day + " (freeze_quantities.csv; add NSE's limit to $OPTIONS_V4_HOME/"
                            + "freeze_quantities.csv): a limit is never guessed; nothing was sent");
        }
        if (request.quantity() <= limit.getAsInt()) {
            return inner.place(request);
        }
        int sliceSize = (limit.getAsInt() / request.lotSize()) * request.lotSize();
        if (sliceSize == 0) {
            throw new BrokerException(
                    Kind.INVALID,
                    "order " + request.correlationId() + " refused: the freeze quantity " + limit.getAsInt() + " of "
                            + symbol + " is below one lot of " + request.lotSize());
        }
        Plan plan = new Plan(request.correlationId(), request.quantity(), sliceSize);
        String longest = plan.child(plan.slices()).value();
        if (longest.length() > CorrelationId.MAX_LENGTH) {
            throw new BrokerException(
                    Kind.INVALID,
                    "order " + request.correlationId() + " refused: its slices' tags (" + longest + ") would exceed "
                            + CorrelationId.MAX_LENGTH + " characters");
        }
        placing.add(plan.parent());
        try {
            placeSlices(request, plan);
        } finally {
            placing.remove(plan.parent());
        }
        return combined(plan, Optional.of(request))
                .orElseThrow(() -> new BrokerException(
                        Kind.OUTCOME_UNKNOWN, "order " + request.correlationId() + ": its first slice is not found"));
    }

    private void placeSlices(OrderRequest request, Plan plan) {
        for (int i = 1; i <= plan.slices(); i++) {
            CorrelationId tag = plan.child(i);
            if (inner.orderByCorrelationId(tag).isEmpty()) {
                OrderRequest child = new OrderRequest(
                        tag,
                        request.instrument(),
                        request.side(),
                        plan.quantity(i),
                        request.lotSize(),
                        request.type(),
                        request.limitPrice(),
                        request.validity());
                try {
                    inner.place(child);
                } catch (BrokerException e) {
                    if (i == 1 || e.kind() == Kind.OUTCOME_UNKNOWN || e.kind() == Kind.AUTH) {
                        throw e;
                    }
                    // later slices refused: the combined order shows what was placed (it cannot fill completely)
                    LOG.log(System.Logger.Level.WARNING, "slice " + tag + " refused: " + e.getMessage());
                    break;
                }
            }
        }
    }

    private Optional<Order> combined(Plan plan, Optional<OrderRequest> asked) {
        List<Order> children = new ArrayList<>();
        for (int i = 1; i <= plan.slices(); i++) {
            inner.orderByCorrelationId(plan.child(i)).ifPresent(children::add);
        }
        if (children.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(combine(plan, children, asked));
    }

    private static Order combine(Plan plan, List<Order> children, Optional<OrderRequest> asked) {
        OrderRequest first = children.get(0).request();
        OrderRequest request = asked.orElse(new OrderRequest(
                        plan.parent(),
                        first.instrument(),
                        first.side(),
                        plan.total(),
                        first.lotSize(),
                        first.type(),
                        first.limitPrice(),
                        first.validity()))
                .withLimitPrice(children.get(children.size() - 1)
                        .request()
                        .limitPrice()
                        .orElse(first.limitPrice().orElseThrow()));
        int filled = 0;
        Money value = Money.ZERO;
        boolean open = false;
        boolean allFilled = children.size() == plan.slices();
        boolean rejected = false;
        List<String> reasons = new ArrayList<>();
        java.time.Instant updated = children.get(0).updatedAt();
        for (Order c : children) {
            filled += c.filledQuantity();
            value = value.plus(c.filledValue());
            open |= c.status().open();
            allFilled &= c.status() == OrderStatus.FILLED;
            rejected |= c.status() == OrderStatus.REJECTED;
            if (!c.reason().isBlank()) {
                reasons.add(c.correlationId() + ": " + c.reason());
            }
            updated = c.updatedAt().isAfter(updated) ? c.updatedAt() : updated;
        }
        if (children.size() < plan.slices()) {
            reasons.add((plan.slices() - children.size()) + " of " + plan.slices() + " slices never placed");
        }
        OrderStatus status = allFilled
                ? OrderStatus.FILLED
                : open
                        ? (filled > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.PENDING)
                        : (filled == 0 && rejected ? OrderStatus.REJECTED : OrderStatus.CANCELLED);
        return new Order(plan.orderId(), request, status, filled, value, String.join("; ", reasons), updated);
    }

    @Override
    public Order modify(String orderId, Money limitPrice) {
        Optional<Plan> plan = Plan.ofOrderId(orderId);
        if (plan.isEmpty()) {
            return inner.modify(orderId, limitPrice);
        }
        for (Order child : children(plan.get())) {
            if (child.status().open()) {
                inner.modify(child.orderId(), limitPrice);
            }
        }
        return orderOrFail(plan.get());
    }

    @Override
    public Order cancel(String orderId) {
        Optional<Plan> plan = Plan.ofOrderId(orderId);
        if (plan.isEmpty()) {
            return inner.cancel(orderId);
        }
        for (Order child : children(plan.get())) {
            if (child.status().open()) {
                inner.cancel(child.orderId());
            }
        }
        return orderOrFail(plan.get());
    }

    private List<Order> children(Plan plan) {
        List<Order> children = new ArrayList<>();
        for (int i = 1; i <= plan.slices(); i++) {
            inner.orderByCorrelationId(plan.child(i)).ifPresent(children::add);
        }
        return children;
    }

    private Order orderOrFail(Plan plan) {
        return combined(plan, Optional.empty())
                .orElseThrow(() -> new BrokerException(
                        Kind.INVALID, "order " + plan.orderId() + ": the broker has none of its slices"));
    }

    @Override
    public Optional<Order> order(String orderId) {
        Optional<Plan> plan = Plan.ofOrderId(orderId);
        return plan.isEmpty() ? inner.order(orderId) : combined(plan.get(), Optional.empty());
    }

    @Override
    public Optional<Order> orderByCorrelationId(CorrelationId correlationId) {
        Optional<Order> whole = inner.orderByCorrelationId(correlationId);
        if (whole.isPresent()) {
            return whole;
        }
        String prefix = correlationId.value() + "-s";
        for (Order o : inner.orders()) {
            Matcher m = CHILD.matcher(o.correlationId().value());
            if (o.correlationId().value().startsWith(prefix)
                    && m.matches()
                    && m.group(2).equals("1")) {
                Plan plan = new Plan(
                        correlationId, Integer.parseInt(m.group(3)), o.request().quantity());
                return combined(plan, Optional.empty());
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Order> orders() {
        return inner.orders();
    }

    @Override
    public List<Fill> trades() {
        return inner.trades();
    }

    @Override
    public List<Position> positions() {
        return inner.positions();
    }

    @Override
    public Funds funds() {
        return inner.funds();
    }

    @Override
    public Money margin(List<OrderRequest> basket) {
        return inner.margin(basket);
    }

    @Override
    public Subscription subscribe(Consumer<OrderEvent> listener) {
        return inner.subscribe(event -> translate(event).ifPresent(listener));
    }

    /**
     * Returns a child's event as an event of its combined order, none while its slices are being placed (the combined
     * order is then incomplete; {@link #place} answers its state), and any other event as it is.
     */
    private Optional<OrderEvent> translate(OrderEvent event) {
        Matcher m = CHILD.matcher(event.order().correlationId().value());
        if (!m.matches()) {
            return Optional.of(event);
        }
        CorrelationId parent = new CorrelationId(m.group(1));
        if (placing.contains(parent)) {
            return Optional.empty();
        }
        Optional<Order> combined = orderByCorrelationId(parent);
        if (combined.isEmpty()) {
            return Optional.of(event);
        }
        Order order = combined.get();
        Optional<Fill> fill = switch (event) {
            case OrderEvent.Filled f -> Optional.of(f.fill());
            case OrderEvent.PartiallyFilled p -> Optional.of(p.fill());
            case OrderEvent.Accepted a -> Optional.empty();
            case OrderEvent.Cancelled c -> Optional.empty();
            case OrderEvent.Rejected r -> Optional.empty();
            case OrderEvent.Expired x -> Optional.empty();
        };
        Optional<Fill> asParent = fill.map(f -> new Fill(
                f.tradeId(), order.orderId(), parent, f.instrument(), f.side(), f.quantity(), f.price(), f.time()));
        OrderEvent translated = switch (order.status()) {
            case FILLED ->
                asParent.<OrderEvent>map(f -> new OrderEvent.Filled(order, f)).orElse(new OrderEvent.Accepted(order));
            case PARTIALLY_FILLED, PENDING ->
                asParent.<OrderEvent>map(f -> new OrderEvent.PartiallyFilled(order, f))
                        .orElse(new OrderEvent.Accepted(order));
            case CANCELLED, EXPIRED -> new OrderEvent.Cancelled(order);
            case REJECTED -> new OrderEvent.Rejected(order);
        };
        return Optional.of(translated);
    }
}
