package io.optionsv4.engine.paper;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.core.trade.paper.PaperChanges;
import io.optionsv4.core.trade.paper.PaperOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One step of a paper account: its book and the snapshots' liquidity, which the step changes in place (each keeps the
 * step's changes apart until it is stored or discarded), the market of this moment, and the events the step caused, in
 * order. {@link PaperBroker} runs each call as a catch-up step (expiry settlement, day-end expiry, matching of resting
 * orders) followed by the call's own step, and stores a step's changes before it delivers its events; a step the store
 * refuses or that fails is {@link #discard() discarded}. This class places, modifies and cancels orders; what the
 * account shows is in {@link AccountView}, validation in {@link OrderRefusals}, matching and fills in
 * {@link OrderMatcher}, expiry settlement in {@link ExpirySettler}, the funds the portfolio blocks in
 * {@link PortfolioFunds}. Not thread-safe: one step is used by one thread, once.
 */
final class PaperStep {

    private final PaperRules rules;
    private final AccountBook work;
    private final SnapshotLiquidity liquidity;
    private final Instant now;
    private final MarketView market;
    private final List<OrderEvent> events = new ArrayList<>();
    private final List<OrderEvent> caughtUp;
    private final PortfolioFunds funds;
    private final OrderRefusals refusals;
    private final OrderMatcher matcher;
    private final AccountView view;

    /**
     * Returns a step over {@code book} and {@code liquidity} at {@code now}.
     *
     * @param rules the account's fixed rules
     * @param book the account's last committed book, which the step changes
     * @param liquidity what the snapshots still offer, which the step's fills take from
     * @param now the time of the step, its orders, fills and settlements
     * @param caughtUp the events of the catch-up step that ran before this one (empty for a catch-up step)
     */
    PaperStep(PaperRules rules, AccountBook book, SnapshotLiquidity liquidity, Instant now, List<OrderEvent> caughtUp) {
        this.rules = rules;
        if (!book.changes().isEmpty()) {
            throw new IllegalStateException(
                    "paper account " + book.account() + " has a step neither stored nor discarded: " + book.changes());
        }
        this.work = book;
        this.liquidity = liquidity;
        this.now = now;
        this.market = new MarketView(
                rules.marketData(), MarketHours.date(now), rules.settings().prices());
        this.caughtUp = caughtUp;
        this.funds = new PortfolioFunds(rules, work, market, now);
        this.refusals = new OrderRefusals(rules, work, market, now, funds);
        this.matcher = new OrderMatcher(rules, work, this.liquidity, market, now);
        this.view = new AccountView(rules, work, market, funds);
    }

    /** Returns the changes this step made to the book, to be stored. */
    PaperChanges changes() {
        return work.changes();
    }

    /** Keeps the step's changes of the book and the liquidity: the store took them. */
    void commit() {
        work.commit();
        liquidity.commit();
    }

    /** Undoes the step's changes of the book and the liquidity: the book is again as last stored. */
    void discard() {
        work.discard();
        liquidity.discard();
    }

    /** Returns what the account shows in this step: orders, fills, positions, funds, basket margin. */
    AccountView view() {
        return view;
    }

    /** Returns the events this step caused, in order. */
    List<OrderEvent> events() {
        return events;
    }

    /** Returns the events of the catch-up step that ran before this one. */
    List<OrderEvent> caughtUp() {
        return caughtUp;
    }

    /** Settles expired contracts, expires orders whose day is over and, in market hours, matches the open orders. */
    void catchUp() {
        new ExpirySettler(rules.dayCharges(), work, market, now).settleExpired();
        for (PaperOrder p : work.openOrders()) {
            if (rules.hours().dayOver(p.placedAt(), now)) {
                Order o = p.order();
                Order expired = o.with(
                        OrderStatus.EXPIRED,
                        o.filledQuantity(),
                        o.filledValue(),
                        "the trading day of the order ended with " + o.remainingQuantity() + " units open",
                        now);
                work.put(p.with(expired));
                events.add(new OrderEvent.Expired(expired));
            }
        }
        if (rules.hours().open(now)) {
            for (PaperOrder p : work.openOrders()) {
                evaluate(p);
            }
        }
    }

    /** Places {@code request}: rejected with the reason, or accepted and matched at once (an IOC rest cancelled). */
    Order place(OrderRequest request) {
        requireNewCorrelationId(request.correlationId());
        String orderId = work.nextOrderId();
        Order order = new Order(orderId, request, OrderStatus.PENDING, 0, Money.ZERO, "", now);
        Optional<String> refusal = refusals.refusal(order);
        if (refusal.isPresent()) {
            Order rejected = order.with(OrderStatus.REJECTED, 0, Money.ZERO, refusal.get(), now);
            work.put(new PaperOrder(rejected, now));
            events.add(new OrderEvent.Rejected(rejected));
            return rejected;
        }
        work.put(new PaperOrder(order, now));
        events.add(new OrderEvent.Accepted(order));
        evaluate(work.order(orderId).orElseThrow());
        PaperOrder after = work.order(orderId).orElseThrow();
        if (request.validity() == Validity.IOC && after.order().status().open()) {
            return cancelRest(after);
        }
        return after.order();
    }

    private void requireNewCorrelationId(CorrelationId correlationId) {
        Optional<PaperOrder> existing = work.orderByCorrelationId(correlationId);
        if (existing.isPresent()) {
            Order o = existing.get().order();
            throw new BrokerException(
                    BrokerException.Kind.INVALID,
                    PaperBroker.DUPLICATE_CODE,
                    "correlation id " + correlationId + " already names order " + o.orderId() + " (" + o.status()
                            + "); look it up instead of placing it again",
                    null);
        }
    }

    /** Cancels what an immediate-or-cancel order did not fill at once. */
    private Order cancelRest(PaperOrder after) {
        Order o = after.order();
        Order cancelled = o.with(
                OrderStatus.CANCELLED,
                o.filledQuantity(),
                o.filledValue(),
                "immediate or cancel: the " + o.remainingQuantity() + " units not filled at once were" + " cancelled",
                now);
        work.put(after.with(cancelled));
        events.add(new OrderEvent.Cancelled(cancelled));
        return cancelled;
    }

    /** Changes an open limit order's price, when the account can carry it, and matches it in market hours. */
    Order modify(String orderId, Money limitPrice) {
        PaperOrder p = known(orderId);
        Order o = p.order();
        requireModifiable(o, limitPrice);
        Order changed = new Order(
                orderId,
                o.request().withLimitPrice(limitPrice),
                o.status(),
                o.filledQuantity(),
                o.filledValue(),
                "",
                now);
        Optional<String> shortfall = refusals.shortfall(changed, Optional.of(o));
        if (shortfall.isPresent()) {
            throw new BrokerException(
                    BrokerException.Kind.REJECTED,
                    "order " + orderId + " keeps its price "
                            + o.request().limitPrice().orElseThrow() + ": " + shortfall.get());
        }
        work.put(p.with(changed));
        events.add(new OrderEvent.Accepted(changed));
        if (rules.hours().open(now)) {
            evaluate(work.order(orderId).orElseThrow());
        }
        return work.order(orderId).orElseThrow().order();
    }

    private void requireModifiable(Order o, Money limitPrice) {
        String orderId = o.orderId();
        if (o.status().terminal()) {
            throw new BrokerException(
                    BrokerException.Kind.INVALID,
                    "order " + orderId + " is " + o.status() + ": only open orders can be modified");
        }
        if (o.request().type() != OrderType.LIMIT) {
            throw new BrokerException(
                    BrokerException.Kind.INVALID,
                    "order " + orderId + " is a market order: only a limit order's price can be modified");
        }
        long tickPaise = rules.tickPaise();
        if (limitPrice.paise() <= 0 || limitPrice.paise() % tickPaise != 0) {
            throw new BrokerException(
                    BrokerException.Kind.INVALID,
                    "limit price " + limitPrice + " is not a positive multiple of the tick "
                            + Money.ofPaise(tickPaise));
        }
    }

    /** Cancels an open order; returns a terminal one unchanged. */
    Order cancel(String orderId) {
        PaperOrder p = known(orderId);
        Order o = p.order();
        if (o.status().terminal()) {
            return o;
        }
        Order cancelled = o.with(
                OrderStatus.CANCELLED,
                o.filledQuantity(),
                o.filledValue(),
                "cancelled on request with " + o.remainingQuantity() + " units open",
                now);
        work.put(p.with(cancelled));
        events.add(new OrderEvent.Cancelled(cancelled));
        return cancelled;
    }

    private PaperOrder known(String orderId) {
        return work.order(orderId)
                .orElseThrow(() -> new BrokerException(
                        BrokerException.Kind.INVALID, "paper account " + work.account() + " has no order " + orderId));
    }

    private void evaluate(PaperOrder p) {
        matcher.evaluate(p).ifPresent(events::add);
    }
}
