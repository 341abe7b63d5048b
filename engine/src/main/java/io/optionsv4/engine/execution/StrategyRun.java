package io.optionsv4.engine.execution;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.AuditEntry;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.ExecutionWrite;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderState;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.engine.execution.ExecutionOutcome.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state machine of one strategy's execution, from its persisted state to a terminal one: ENTERING places the legs
 * one at a time, buys (hedges) first, each driven to a terminal state by its price chase; all filled is ENTERED; a
 * leg rejected or not filled in time moves to UNWINDING (FAILED at once when nothing had filled), which cancels what
 * still rests, closes every filled leg (shorts bought back first, then longs sold) and ends FAILED. A run that must
 * stop (the broker unavailable, an outcome unknown, an unwind that does not fill) leaves the state as persisted and
 * says so; the next run resumes here. Not thread-safe (one execution thread).
 */
final class StrategyRun {

    private final ExecutionService.Context context;
    private final OrderDesk desk;
    private final MarkedStrategy strategy;
    private StrategyExecution execution;
    private final List<OrderRecord> orders = new ArrayList<>();

    StrategyRun(
            ExecutionService.Context context, OrderDesk desk, MarkedStrategy strategy, StrategyExecution execution) {
        this.context = context;
        this.desk = desk;
        this.strategy = strategy;
        this.execution = execution;
    }

    /** Runs the strategy from its persisted state; returns its outcome. */
    ExecutionOutcome run(Optional<StrategyPreview> preview) {
        orders.addAll(context.store().orders(strategy.strategyId()));
        desk.know(orders);
        try {
            if (execution.state() == ExecutionState.ENTERING) {
                enter();
            }
            if (execution.state() == ExecutionState.UNWINDING) {
                unwind();
            }
            desk.flush();
            Result result = execution.state() == ExecutionState.ENTERED ? Result.EXECUTED : Result.FAILED;
            return outcome(result, execution.reason(), preview);
        } catch (ExecutionStopped stop) {
            boolean holds = holdsPositions();
            String reason = "stopped while " + execution.state() + ": " + stop.getMessage()
                    + "; run 'options-v4 execute --execute' again to reconcile and resume";
            desk.flush();
            AuditEntry line = entry("strategy.interrupted", Map.of("reason", reason, "holds_positions", "" + holds));
            context.store().interrupted(execution, reason, holds, List.of(line));
            context.committed(List.of(line));
            return outcome(Result.STOPPED, reason, preview);
        }
    }

    private void enter() {
        String failure = null;
        for (StrategyLeg leg : PreTradeChecks.sendingOrder(strategy)) {
            Optional<OrderRecord> sent = find(leg.legIndex(), Purpose.ENTRY, execution.attempt());
            OrderRecord order;
            if (sent.isPresent()) {
                order = sent.get();
            } else {
                Placement p = intent(
                        leg,
                        Purpose.ENTRY,
                        execution.attempt(),
                        leg.side(),
                        0,
                        context.settings().entry());
                if (p.failure().isPresent()) {
                    failure = p.failure().get();
                    break;
                }
                order = remember(desk.open(p.order().orElseThrow()));
            }
            order = remember(desk.drive(order, context.settings().entry()));
            if (order.state() != OrderState.FILLED) {
                failure = describe(leg, order);
                break;
            }
        }
        if (failure == null) {
            move(ExecutionState.ENTERED, "", "strategy.entered");
        } else if (orders.stream().anyMatch(o -> o.filledQuantity() > 0)) {
            move(ExecutionState.UNWINDING, failure, "strategy.unwinding");
        } else {
            move(ExecutionState.FAILED, failure, "strategy.failed");
        }
    }

    private void unwind() {
        for (OrderRecord o : List.copyOf(orders)) {
            OrderRecord latest = desk.latest(o);
            if (latest.purpose() == Purpose.ENTRY) {
                remember(desk.close(latest, "entry failed: " + execution.reason()));
            } else {
                remember(desk.drive(latest, context.settings().unwind()));
            }
        }
        for (StrategyLeg leg : unwindOrder()) {
            closeLeg(leg);
        }
        move(ExecutionState.FAILED, execution.reason(), "strategy.unwound");
    }

    private void closeLeg(StrategyLeg leg) {
        for (int tries = 0; ; tries++) {
            int net = net(leg.legIndex());
            if (net == 0) {
                return;
            }
            if (tries >= context.settings().unwindTries()) {
                throw new ExecutionStopped(
                        "leg " + leg.legIndex() + " still holds " + net + " units after " + tries + " unwind orders");
            }
            int lotSize = lotSizeOf(leg.legIndex());
            if (Math.abs(net) % lotSize != 0) {
                throw new ExecutionStopped("leg " + leg.legIndex() + " holds " + net + " units, not whole lots of "
                        + lotSize + ": close it by hand");
            }
            Side side = net > 0 ? Side.SELL : Side.BUY;
            Placement p = intent(
                    leg,
                    Purpose.UNWIND,
                    nextSequence(leg.legIndex()),
                    side,
                    Math.abs(net),
                    context.settings().unwind());
            if (p.failure().isPresent()) {
                throw new ExecutionStopped("cannot unwind leg " + leg.legIndex() + ": "
                        + p.failure().get());
            }
            OrderRecord order = remember(desk.open(p.order().orElseThrow()));
            remember(desk.drive(order, context.settings().unwind()));
        }
    }

    /**
     * Returns the order of {@code leg} for {@code purpose} and {@code sequence}: a new one at the touch of the latest
     * quote, or why there is none. {@code quantity} 0 means the leg's lots times the strategy lots.
     */
    private Placement intent(
            StrategyLeg leg, Purpose purpose, int sequence, Side side, int quantity, PriceChase chase) {
        OptionInstrument instrument = leg.instrument(strategy.symbol());
        int lotSize =
                purpose == Purpose.ENTRY ? context.quotes().lotSize(instrument).orElse(0) : lotSizeOf(leg.legIndex());
        if (lotSize == 0) {
            return Placement.failed("leg " + leg.legIndex() + ": no lot size known for " + instrument.displayName());
        }
        LegQuote quote;
        try {
            quote = context.quotes().quote(instrument);
        } catch (MarketDataException e) {
            return Placement.failed(
                    "leg " + leg.legIndex() + ": no quote for " + instrument.displayName() + ": " + e.getMessage());
        }
        if (quote.crossed() || (side == Side.BUY ? quote.ask() : quote.bid()).paise() <= 0) {
            return Placement.failed("leg " + leg.legIndex() + ": no sound quote to " + side + " "
                    + instrument.displayName() + " (bid " + quote.bid() + ", ask " + quote.ask() + ")");
        }
        Money first = chase.first(side, quote);
        int units = quantity > 0 ? quantity : leg.lots() * execution.lots() * lotSize;
        CorrelationId id =
                CorrelationId.of(context.store().namespace(), strategy.strategyId(), leg.legIndex(), purpose, sequence);
        OrderRequest request = OrderRequest.limit(id, instrument, side, units, lotSize, first);
        return new Placement(
                Optional.of(OrderRecord.sent(strategy.strategyId(), leg.legIndex(), purpose, sequence, request)),
                Optional.empty());
    }

    private void move(ExecutionState next, String reason, String event) {
        StrategyExecution previous = execution;
        StrategyExecution moved = previous.moveTo(next, reason, context.clock().instant());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("from", previous.state().name());
        details.put("to", next.name());
        details.put("attempt", Integer.toString(moved.attempt()));
        if (!reason.isEmpty()) {
            details.put("reason", reason);
        }
        desk.record(new ExecutionWrite.Transition(previous, moved), new ExecutionWrite.Audit(entry(event, details)));
        execution = moved;
    }

    private List<StrategyLeg> unwindOrder() {
        return strategy.legs().stream()
                .sorted(Comparator.comparing((StrategyLeg l) -> l.side() == Side.SELL ? 0 : 1)
                        .thenComparing(StrategyLeg::legIndex))
                .toList();
    }

    /** Returns the leg's held units: positive long, negative short, over every attempt's orders. */
    private int net(int legIndex) {
        return orders.stream()
                .map(desk::latest)
                .filter(o -> o.legIndex() == legIndex)
                .mapToInt(OrderRecord::signedFilled)
                .sum();
    }

    private boolean holdsPositions() {
        return orders.stream()
                .map(desk::latest)
                .anyMatch(o -> o.state().unconfirmed() || o.filledQuantity() > 0 && net(o.legIndex()) != 0);
    }

    private int lotSizeOf(int legIndex) {
        return orders.stream()
                .filter(o -> o.legIndex() == legIndex)
                .map(o -> o.request().lotSize())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "strategy " + strategy.strategyId() + " leg " + legIndex + " has no order"));
    }

    private int nextSequence(int legIndex) {
        return 1
                + orders.stream()
                        .filter(o -> o.legIndex() == legIndex && o.purpose() == Purpose.UNWIND)
                        .mapToInt(OrderRecord::sequence)
                        .max()
                        .orElse(0);
    }

    private Optional<OrderRecord> find(int legIndex, Purpose purpose, int sequence) {
        return orders.stream()
                .map(desk::latest)
                .filter(o -> o.legIndex() == legIndex && o.purpose() == purpose && o.sequence() == sequence)
                .findFirst();
    }

    private OrderRecord remember(OrderRecord order) {
        orders.removeIf(o -> o.correlationId().equals(order.correlationId()));
        orders.add(order);
        return order;
    }

    private static String describe(StrategyLeg leg, OrderRecord order) {
        String what = "leg " + leg.legIndex() + " (" + order.request().side() + " "
                + order.request().instrument().displayName() + ") ";
        return switch (order.state()) {
            case REJECTED -> what + "rejected: " + order.reason();
            case CANCELLED, EXPIRED ->
                what + "filled " + order.filledQuantity() + " of "
                        + order.request().quantity() + " units"
                        + (order.reason().isEmpty() ? "" : ": " + order.reason());
            case FILLED, SENT, UNKNOWN, ACCEPTED, PARTIALLY_FILLED -> what + order.state();
        };
    }

    private AuditEntry entry(String event, Map<String, String> details) {
        Map<String, String> all = new LinkedHashMap<>(details);
        all.put("symbol", strategy.symbol());
        all.put("strategy_name", strategy.strategyName());
        all.put("broker", context.broker().name());
        return context.log().entry(event, "strategy", Long.toString(strategy.strategyId()), all);
    }

    private ExecutionOutcome outcome(Result result, String reason, Optional<StrategyPreview> preview) {
        List<OrderRecord> latest = orders.stream().map(desk::latest).toList();
        return new ExecutionOutcome(strategy, result, execution.attempt(), reason, latest, preview);
    }

    /** An order to send, or why there is none. */
    private record Placement(Optional<OrderRecord> order, Optional<String> failure) {
        static Placement failed(String why) {
            return new Placement(Optional.empty(), Optional.of(why));
        }
    }

    /**
     * Closes the entered position down to {@code 1 - targetClosedFraction} of each leg's entered lots (whole lots,
     * rounded so that no more than the target is closed; a full close leaves nothing), short legs bought back before
     * long legs are sold. Exit orders already stored for the strategy are settled first, so a repeated call sends only
     * what is still missing. Every order is stored before it is sent.
     *
     * @return what was done, in words
     * @throws ExecutionStopped when the broker stops the exit; what filled stays booked
     */
    String exitTo(double targetClosedFraction) {
        orders.addAll(context.store().orders(strategy.strategyId()));
        desk.know(orders);
        for (OrderRecord o : List.copyOf(orders)) {
            OrderRecord latest = desk.latest(o);
            if (latest.purpose() == Purpose.EXIT && !latest.state().terminal()) {
                remember(desk.drive(latest, context.settings().unwind()));
            }
        }
        List<String> done = new ArrayList<>();
        for (StrategyLeg leg : unwindOrder()) {
            int entered = Math.abs(orders.stream()
                    .map(desk::latest)
                    .filter(o -> o.legIndex() == leg.legIndex()
                            && o.purpose() == Purpose.ENTRY
                            && o.sequence() == execution.attempt())
                    .mapToInt(OrderRecord::signedFilled)
                    .sum());
            if (entered == 0) {
                continue;
            }
            int lotSize = lotSizeOf(leg.legIndex());
            int lots = entered / lotSize;
            int closeLots = targetClosedFraction >= 1 ? lots : (int) Math.floor(targetClosedFraction * lots + 1e-9);
            int keep = (lots - closeLots) * lotSize * leg.side().sign();
            for (int tries = 0; ; tries++) {
                int net = net(leg.legIndex());
                int excess = net - keep;
                if (excess == 0 || Integer.signum(net) != leg.side().sign() && net != 0) {
                    break;
                }
                if (Math.abs(excess) % lotSize != 0
                        || Integer.signum(excess) != leg.side().sign()) {
                    break;
                }
                if (tries >= context.settings().unwindTries()) {
                    throw new ExecutionStopped("leg " + leg.legIndex() + " still holds " + net + " units after " + tries
                            + " exit orders (target " + keep + ")");
                }
                Side side = excess > 0 ? Side.SELL : Side.BUY;
                Placement p = intent(
                        leg,
                        Purpose.EXIT,
                        nextExitSequence(leg.legIndex()),
                        side,
                        Math.abs(excess),
                        context.settings().unwind());
                if (p.failure().isPresent()) {
                    throw new ExecutionStopped("cannot close leg " + leg.legIndex() + ": "
                            + p.failure().get());
                }
                OrderRecord order = remember(desk.open(p.order().orElseThrow()));
                order = remember(desk.drive(order, context.settings().unwind()));
                done.add(side + " " + order.filledQuantity() + " of "
                        + order.request().instrument().displayName());
            }
        }
        desk.flush();
        return done.isEmpty() ? "nothing left to close at this target" : String.join("; ", done);
    }

    /** Returns true when every leg of the strategy is flat. */
    boolean flat() {
        return strategy.legs().stream().allMatch(l -> net(l.legIndex()) == 0);
    }

    private int nextExitSequence(int legIndex) {
        return 1
                + orders.stream()
                        .filter(o -> o.legIndex() == legIndex && o.purpose() == Purpose.EXIT)
                        .mapToInt(OrderRecord::sequence)
                        .max()
                        .orElse(0);
    }
}
