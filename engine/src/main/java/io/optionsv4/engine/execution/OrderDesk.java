package io.optionsv4.engine.execution;

import io.optionsv4.core.costs.OrderTurnover;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.AuditEntry;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.ExecutionStore;
import io.optionsv4.core.trade.ExecutionWrite;
import io.optionsv4.core.trade.FillBooking;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.OrderState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes one order at a time from intent to a terminal, booked state. Every change (the intent as SENT, the broker's
 * answer, an unknown outcome, each chase step, the cancel decision, the booking, the state machine's moves and the
 * audit lines) is gathered as an {@link ExecutionWrite} and the gathered writes are committed in one transaction right
 * before the next broker call ({@link BrokerCalls} flushes first) and at the end of a run: nothing reaches the broker
 * before the step that led to it is persisted. An order whose placement is unconfirmed is looked up by its correlation
 * id and placed again only when the broker says it has none; so a tag reaches the broker at most once. Broker events
 * are merged as they are read, never going back. Not thread-safe (one execution thread).
 *
 * <p>Just over 400 lines on purpose: every path from a broker call to its durable write (send, look-up, reconcile,
 * modify, cancel, book, absorb events) is in this one class, so that the rule "persisted before the broker hears of
 * it" can be checked by reading one file; the retries already live in {@link BrokerCalls}.
 */
final class OrderDesk {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final ExecutionService.Context context;
    private final BrokerCalls calls;
    private final Map<CorrelationId, OrderRecord> known = new HashMap<>();
    private final List<ExecutionWrite> pending = new ArrayList<>();
    private final Map<LocalDate, Map<Side, Money>> bookedToday = new HashMap<>();

    OrderDesk(ExecutionService.Context context) {
        this.context = context;
        this.calls = new BrokerCalls(
                context.settings().brokerAttempts(),
                context.settings().retryPause(),
                context.pacer(),
                context.events(),
                this::flush);
    }

    /** Returns the broker calls with this desk's retries. */
    BrokerCalls calls() {
        return calls;
    }

    /** Remembers stored orders so that their events are recognised. */
    void know(List<OrderRecord> orders) {
        orders.forEach(o -> known.putIfAbsent(o.correlationId(), o));
    }

    /** Returns the latest known state of {@code order}. */
    OrderRecord latest(OrderRecord order) {
        return known.getOrDefault(order.correlationId(), order);
    }

    /** Persists a new order (SENT) and places it. */
    OrderRecord open(OrderRecord intent) {
        record(
                new ExecutionWrite.NewOrder(intent, broker().name()),
                new ExecutionWrite.Audit(entry("order.sent", intent, AuditDetails.request(intent))));
        known.put(intent.correlationId(), intent);
        return send(intent, 1);
    }

    /** Gathers {@code writes} for the next commit. */
    void record(ExecutionWrite... writes) {
        for (ExecutionWrite w : writes) {
            if (w instanceof ExecutionWrite.OrderUpdate u) {
                // a later state of an order replaces an earlier one still waiting
                pending.removeIf(p -> p instanceof ExecutionWrite.OrderUpdate x
                        && x.order().correlationId().equals(u.order().correlationId()));
            }
            pending.add(w);
        }
    }

    /** Reads the waiting order events and commits every gathered write in one transaction, then logs its lines. */
    void flush() {
        absorbEvents();
        if (pending.isEmpty()) {
            return;
        }
        List<ExecutionWrite> writes = List.copyOf(pending);
        pending.clear();
        store().write(writes);
        context.committed(writes.stream()
                .filter(w -> w instanceof ExecutionWrite.Audit)
                .map(w -> ((ExecutionWrite.Audit) w).entry())
                .toList());
    }

    /** Learns the outcome of an order whose placement is unconfirmed (SENT or UNKNOWN); other orders as they are. */
    OrderRecord settle(OrderRecord order) {
        OrderRecord current = latest(order);
        return current.state().unconfirmed() ? reconcile(current, 1) : current;
    }

    /**
     * Drives an order to a terminal state with {@code chase}: waits a step, reads it, moves the limit, and cancels it
     * when the chase is over; then books its fills.
     */
    OrderRecord drive(OrderRecord order, PriceChase chase) {
        OrderRecord current = settle(order);
        while (!current.state().terminal()) {
            context.pacer().pause(chase.stepWait(), context.events());
            current = refresh(current);
            if (current.state().terminal()) {
                break;
            }
            Optional<Money> next = chase.next(current.request().side(), current.firstLimit(), current.chaseStep());
            current = next.isPresent()
                    ? modify(current, next.get())
                    : cancel(
                            current,
                            "not filled completely within " + chase.timeToFill().toMillis() + " ms");
        }
        return book(current);
    }

    /**
     * Cancels an open order and returns it terminal. An unconfirmed one is looked up first and, when the broker never
     * saw it, closed as CANCELLED without being placed: closing never sends a new order.
     */
    OrderRecord close(OrderRecord order, String why) {
        OrderRecord current = latest(order);
        if (current.state().unconfirmed()) {
            Optional<Order> found = lookup(current);
            if (found.isEmpty()) {
                OrderRecord never = current.withState(OrderState.CANCELLED, "never reached the broker: " + why);
                persist(never, entry("order.closed", never, Map.of("why", never.reason())));
                return never;
            }
            current = adopt(current, found.get(), "order.reconciled");
        }
        if (!current.state().terminal()) {
            current = cancel(current, why);
        }
        return book(current);
    }

    /** Books the fills of a terminal order once; returns it as stored. */
    OrderRecord book(OrderRecord order) {
        OrderRecord current = latest(order);
        if (!current.state().terminal() || current.filledQuantity() == 0 || current.booked()) {
            return current;
        }
        Money average = current.averagePrice().orElseThrow();
        LocalDate day = LocalDate.ofInstant(context.clock().instant(), INDIA);
        Side side = current.request().side();
        // the order's charges are what it adds to the day's contract note (STT and stamp duty on the day's totals)
        Map<Side, Money> totals = bookedToday.computeIfAbsent(day, this::bookedOn);
        List<OrderTurnover> before = new ArrayList<>();
        totals.forEach((s, v) -> before.add(new OrderTurnover(day, s, v)));
        List<OrderTurnover> after = new ArrayList<>(before);
        after.add(new OrderTurnover(day, side, current.filledValue()));
        Money charges = context.costs()
                .contractNoteOf(day, after, List.of())
                .total()
                .minus(context.costs().contractNoteOf(day, before, List.of()).total());
        totals.merge(side, current.filledValue(), Money::plus);
        OrderRecord booked = current.asBooked();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("filled_quantity", Integer.toString(current.filledQuantity()));
        details.put("filled_value", current.filledValue().toString());
        details.put("average_price", average.toString());
        details.put("charges", charges.toString());
        record(
                new ExecutionWrite.Booking(
                        new FillBooking(booked, charges, day, context.clock().instant())),
                new ExecutionWrite.Audit(entry("order.booked", booked, details)));
        known.put(booked.correlationId(), booked);
        return booked;
    }

    /** Returns the premium turnover per side the store has booked on {@code day}'s contract note. */
    private Map<Side, Money> bookedOn(LocalDate day) {
        Map<Side, Money> totals = new java.util.EnumMap<>(Side.class);
        store().bookedOn(day).forEach(t -> totals.merge(t.side(), t.premiumTurnover(), Money::plus));
        return totals;
    }

    /** Reads the waiting order events, merges them into the known orders, and persists what they change. */
    void absorbEvents() {
        Map<CorrelationId, OrderRecord> before = new LinkedHashMap<>();
        for (OrderEvent e : context.events().drain()) {
            Order o = e.order();
            OrderRecord current = known.get(o.correlationId());
            Map<String, String> details = AuditDetails.event(e);
            if (current == null) {
                details.put("matched", "false");
                record(new ExecutionWrite.Audit(context.log()
                        .entry("broker.event", "order", o.correlationId().value(), details)));
                continue;
            }
            OrderRecord merged = sound(o) ? current.merge(o) : current;
            details.put("applied", Boolean.toString(!merged.equals(current)));
            record(new ExecutionWrite.Audit(context.log()
                    .entry("broker.event", "order", o.correlationId().value(), details)));
            before.putIfAbsent(o.correlationId(), current);
            known.put(o.correlationId(), merged);
        }
        // one write per order for all its events of this read, with their audit lines
        for (Map.Entry<CorrelationId, OrderRecord> changed : before.entrySet()) {
            OrderRecord merged = known.get(changed.getKey());
            if (!merged.equals(changed.getValue())) {
                change(merged, entry("order.events", merged, AuditDetails.state(merged)));
            }
        }
    }

    private OrderRecord send(OrderRecord order, int tries) {
        try {
            Order placed = calls.call("placing " + order.correlationId(), () -> broker().place(order.request()));
            return adopt(order, placed, "order.placed");
        } catch (BrokerException e) {
            return switch (e.kind()) {
                case OUTCOME_UNKNOWN -> {
                    OrderRecord unknown = order.withState(OrderState.UNKNOWN, e.getMessage());
                    persist(unknown, entry("order.unknown", unknown, AuditDetails.failure(e)));
                    yield reconcile(unknown, tries);
                }
                case REJECTED, INVALID -> {
                    OrderRecord rejected = order.withState(OrderState.REJECTED, e.getMessage());
                    persist(rejected, entry("order.rejected", rejected, AuditDetails.failure(e)));
                    yield rejected;
                }
                case AUTH, RATE_LIMITED, UNAVAILABLE ->
                    throw new ExecutionStopped("placing " + order.correlationId() + ": " + e.getMessage(), e);
            };
        }
    }

    private Optional<Order> lookup(OrderRecord order) {
        try {
            return calls.call(
                    "looking up " + order.correlationId(), () -> broker().orderByCorrelationId(order.correlationId()));
        } catch (BrokerException e) {
            throw new ExecutionStopped(
                    "cannot learn whether order " + order.correlationId() + " reached the broker: " + e.getMessage(),
                    e);
        }
    }

    private OrderRecord reconcile(OrderRecord order, int tries) {
        Optional<Order> found = lookup(order);
        if (found.isPresent()) {
            return adopt(order, found.get(), "order.reconciled");
        }
        if (tries >= context.settings().brokerAttempts()) {
            throw new ExecutionStopped("order " + order.correlationId() + " is still unknown to the broker after "
                    + tries + " placements whose outcome was unknown");
        }
        audit(entry("order.absent", order, Map.of("tries", Integer.toString(tries))));
        return send(order, tries + 1);
    }

    private OrderRecord refresh(OrderRecord order) {
        absorbEvents();
        OrderRecord current = latest(order);
        if (current.state().terminal()) {
            return current;
        }
        if (current.brokerOrderId().isEmpty()) {
            return settle(current);
        }
        String id = current.brokerOrderId().get();
        Optional<Order> read;
        try {
            read = calls.call("reading order " + id, () -> broker().order(id));
        } catch (BrokerException e) {
            throw new ExecutionStopped("cannot read order " + current.correlationId() + ": " + e.getMessage(), e);
        }
        if (read.isEmpty()) {
            throw new ExecutionStopped("the broker no longer knows order " + id + " (" + current.correlationId() + ")");
        }
        OrderRecord merged = sound(read.get()) ? current.merge(read.get()) : current;
        return merged.equals(current)
                ? merged
                : change(merged, entry("order.update", merged, AuditDetails.state(merged)));
    }

    private OrderRecord modify(OrderRecord order, Money limit) {
        OrderRecord chased = order.chasedTo(limit);
        persist(
                chased,
                entry(
                        "order.chase",
                        chased,
                        Map.of("step", Integer.toString(chased.chaseStep()), "limit", "" + limit)));
        String id = chased.brokerOrderId().orElseThrow();
        try {
            Order o = calls.call("moving the limit of " + id, () -> broker().modify(id, limit));
            return adopt(chased, o, "order.modified");
        } catch (BrokerException e) {
            audit(entry("order.chase.refused", chased, AuditDetails.failure(e)));
            return refresh(chased);
        }
    }

    private OrderRecord cancel(OrderRecord order, String why) {
        OrderRecord current = order;
        audit(entry("order.cancel", current, Map.of("why", why)));
        for (int attempt = 1; attempt <= context.settings().brokerAttempts(); attempt++) {
            String id = current.brokerOrderId().orElseThrow();
            try {
                Order o = calls.call("cancelling " + id, () -> broker().cancel(id));
                current = adopt(current, o, "order.cancelled");
            } catch (BrokerException e) {
                audit(entry("order.cancel.refused", current, AuditDetails.failure(e)));
            }
            current = refresh(current);
            if (current.state().terminal()) {
                return withReason(current, why);
            }
            context.pacer().pause(context.settings().retryPause(), context.events());
        }
        throw new ExecutionStopped("order " + order.correlationId() + " did not confirm its cancellation");
    }

    private OrderRecord withReason(OrderRecord order, String why) {
        if (!order.reason().isEmpty() || order.state() == OrderState.FILLED) {
            return order;
        }
        OrderRecord explained = order.withState(order.state(), why);
        persist(explained, entry("order.closed", explained, Map.of("why", why)));
        return explained;
    }

    private OrderRecord adopt(OrderRecord order, Order reported, String event) {
        absorbEvents();
        OrderRecord current = latest(order);
        if (!sound(reported)) {
            throw new ExecutionStopped("the broker reported " + reported.filledQuantity() + " units of "
                    + order.correlationId() + " filled at a value of " + reported.filledValue()
                    + ": a fill is never at zero; reconcile with the trade book");
        }
        OrderRecord merged = current.merge(reported);
        Map<String, String> details = AuditDetails.state(merged);
        details.put("broker_order_id", reported.orderId());
        if (merged.equals(current) && !current.state().unconfirmed()) {
            record(new ExecutionWrite.Audit(entry(event, merged, details)));
            return merged;
        }
        return change(merged, entry(event, merged, details));
    }

    /**
     * Persists a change the broker reported: a terminal order with a fill is stored and booked in one transaction,
     * anything else stored as it is.
     */
    private OrderRecord change(OrderRecord order, AuditEntry entry) {
        if (order.state().terminal() && order.filledQuantity() > 0 && !order.booked()) {
            known.put(order.correlationId(), order);
            record(new ExecutionWrite.OrderUpdate(order), new ExecutionWrite.Audit(entry));
            return book(order);
        }
        persist(order, entry);
        return order;
    }

    private void persist(OrderRecord order, AuditEntry entry) {
        record(new ExecutionWrite.OrderUpdate(order), new ExecutionWrite.Audit(entry));
        known.put(order.correlationId(), order);
    }

    private void audit(AuditEntry entry) {
        record(new ExecutionWrite.Audit(entry));
    }

    private AuditEntry entry(String event, OrderRecord order, Map<String, String> details) {
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("strategy", Long.toString(order.strategyId()));
        all.put("leg", Integer.toString(order.legIndex()));
        all.put("purpose", order.purpose().name());
        all.put("state", order.state().name());
        return context.log().entry(event, "order", order.correlationId().value(), all);
    }

    private static boolean sound(Order o) {
        return o.filledQuantity() == 0 || o.filledValue().paise() > 0;
    }

    private ExecutionStore store() {
        return context.store();
    }

    private Broker broker() {
        return context.broker();
    }
}
