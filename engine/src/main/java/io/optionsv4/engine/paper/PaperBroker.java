package io.optionsv4.engine.paper;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.Position;
import io.optionsv4.core.trade.paper.PaperAccountStore;
import io.optionsv4.core.trade.paper.PaperChanges;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The paper broker, the default {@link Broker}: it fills orders against the current {@link MarketData} with the
 * analysis' spread and cost model and keeps the account (orders, fills with their charges, expiry settlements and the
 * cash ledger) in a {@link PaperAccountStore}, so a restarted broker continues where it stopped. It is a product for
 * paper-trading over weeks, not a test double; {@code docs/paper-broker.md} describes it in full.
 *
 * <ul>
 *   <li><b>Prices.</b> A buy trades at the ask, a sell at the bid of the quote's book, or of the spread model around
 *       the close where the source has no book, plus the configured slippage ({@link PaperSettings#prices()}), on the
 *       tick. A market order trades at that price. A limit order trades when it is marketable: at that price when it
 *       is within the limit, at the limit when the bid or ask reaches the limit but the slippage would pass it.
 *   <li><b>Quantity.</b> Up to what the quote's snapshot offers ({@link SnapshotLiquidity}); the rest of the order
 *       rests (partially filled) until a later snapshot offers more.
 *   <li><b>Resting orders</b> are re-evaluated at every call of the broker ({@link #poll()} does nothing else):
 *       each call first settles expired contracts, expires the day's orders once the session is over, then tries
 *       every open order against the market of that moment.
 *   <li><b>Rejections</b> (a {@code REJECTED} order with the reason, stored and reported): not an NSE option, market
 *       closed, expired or unlisted contract, no quote, quantity not a multiple of the contract's lot size, above the
 *       freeze quantity, limit price off the tick, a market order on an unpriceable book, insufficient funds or margin
 *       for the portfolio that results when every open order fills (SPAN-like margin, hedges counted).
 *   <li><b>Idempotency.</b> A correlation id names one order of the account forever: placing a second order with it
 *       throws {@link BrokerException} of kind {@code INVALID}, code {@value #DUPLICATE_CODE}, naming the existing
 *       order's id; nothing is placed.
 *   <li><b>Events</b> reach subscribers synchronously on the calling thread, after the step that caused them is
 *       stored, in the order of the changes: {@code Accepted} on placement and modification, then fills, and the
 *       terminal event.
 * </ul>
 *
 * <p>Thread-safe: calls are serialised. Two brokers (two processes) on one account stay consistent: a step computed
 * from a stale book is refused by the store and recomputed (see {@link PaperAccountStore}).
 */
public final class PaperBroker implements Broker {

    /** The error code of a second order with a correlation id already used in the account. */
    public static final String DUPLICATE_CODE = "PAPER_DUPLICATE_CORRELATION_ID";

    private static final int COMMIT_ATTEMPTS = 8;

    private final PaperAccountStore store;
    private final Clock clock;
    private final PaperSettings settings;
    private final PaperRules rules;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Consumer<OrderEvent>> listeners = new CopyOnWriteArrayList<>();
    private AccountBook book;
    private final SnapshotLiquidity liquidity;
    private boolean reload;

    /**
     * Opens the paper account of {@code settings} (creating it with the opening deposit when it does not exist) and
     * returns the broker over it.
     *
     * @param marketData the market orders fill against; today's option chains (the date in India of {@code clock})
     * @param store where the account is kept
     * @param clock the time of every order, fill and market-hours check
     * @param settings the account, models and rules
     * @throws io.optionsv4.core.result.StoreException when the store cannot open the account
     */
    public PaperBroker(MarketData marketData, PaperAccountStore store, Clock clock, PaperSettings settings) {
        Checks.notNull(marketData, "marketData");
        this.store = Checks.notNull(store, "store");
        this.clock = Checks.notNull(clock, "clock");
        this.settings = Checks.notNull(settings, "settings");
        this.rules = PaperRules.of(marketData, settings);
        this.liquidity = new SnapshotLiquidity(settings.liquidity());
        this.book = AccountBook.of(store.open(settings.account(), settings.openingDeposit(), now()));
    }

    /** Returns the settings. */
    public PaperSettings settings() {
        return settings;
    }

    @Override
    public String name() {
        return "paper";
    }

    @Override
    public boolean live() {
        return false;
    }

    @Override
    public Order place(OrderRequest request) {
        Checks.notNull(request, "request");
        return run(step -> step.place(request));
    }

    @Override
    public Order modify(String orderId, Money limitPrice) {
        Checks.notNull(orderId, "orderId");
        Checks.notNull(limitPrice, "limitPrice");
        return run(step -> step.modify(orderId, limitPrice));
    }

    @Override
    public Order cancel(String orderId) {
        Checks.notNull(orderId, "orderId");
        return run(step -> step.cancel(orderId));
    }

    @Override
    public Optional<Order> order(String orderId) {
        Checks.notNull(orderId, "orderId");
        return run(step -> step.view().order(orderId));
    }

    @Override
    public Optional<Order> orderByCorrelationId(CorrelationId correlationId) {
        Checks.notNull(correlationId, "correlationId");
        return run(step -> step.view().orderByCorrelationId(correlationId));
    }

    /** Returns the orders placed today (the date in India) and any order still open, in placement order. */
    @Override
    public List<Order> orders() {
        return run(step -> step.view().orders());
    }

    /** Returns today's fills (the date in India), in trade order. */
    @Override
    public List<Fill> trades() {
        return run(step -> step.view().trades());
    }

    /**
     * Returns the open positions and those closed today, each over every fill of its contract and its expiry
     * settlement (a settled long counts as sold at its intrinsic value, a settled short as bought).
     */
    @Override
    public List<Position> positions() {
        return run(step -> step.view().positions());
    }

    /**
     * Returns the funds: {@code available} = cash − utilised; {@code utilized} = SPAN + exposure margin of the
     * portfolio that results when every open order fills, plus the premium of open buy orders less that of open sell
     * orders (at least 0); {@code startOfDay} = the cash at the start of today; {@code withdrawable} = what is
     * available, at least 0 and at most the cash.
     */
    @Override
    public Funds funds() {
        return run(step -> step.view().funds());
    }

    /**
     * Returns the margin of the basket on its own: per underlying SPAN + exposure + the net premium of a debit, each
     * order valued at its limit price, a market order at its executable price.
     *
     * @throws BrokerException of kind {@code INVALID} when an order is not an NSE option or has no quote
     */
    @Override
    public Money margin(List<OrderRequest> basket) {
        Checks.notNull(basket, "basket");
        return run(step -> step.view().margin(basket));
    }

    /**
     * Brings the account up to the current market: settles expired contracts, expires orders whose day is over, fills
     * resting orders that became marketable. Every other call does the same first; a monitor calls this after each
     * market refresh.
     *
     * @return the events of what changed, in order (also delivered to the subscribers)
     */
    public List<OrderEvent> poll() {
        List<OrderEvent> events = new ArrayList<>();
        run(step -> {
            events.addAll(step.caughtUp());
            return events;
        });
        return List.copyOf(events);
    }

    @Override
    public Subscription subscribe(Consumer<OrderEvent> listener) {
        Checks.notNull(listener, "listener");
        Consumer<OrderEvent> handle = listener::accept;
        listeners.add(handle);
        return () -> listeners.remove(handle);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Runs {@code action} after a catch-up step, each stored before its events are delivered; retries conflicts. */
    private <T> T run(Function<PaperStep, T> action) {
        lock.lock();
        try {
            for (int attempt = 1; attempt <= COMMIT_ATTEMPTS; attempt++) {
                refresh();
                PaperStep catchUp = new PaperStep(rules, book, liquidity, now(), List.of());
                if (!stored(catchUp, s -> {
                    s.catchUp();
                    return Boolean.TRUE;
                })) {
                    reload = true;
                    continue;
                }
                PaperStep step = new PaperStep(rules, book, liquidity, now(), catchUp.events());
                List<T> result = new ArrayList<>(1);
                if (stored(step, s -> result.add(action.apply(s)))) {
                    return result.get(0);
                }
                reload = true;
            }
            throw new BrokerException(
                    BrokerException.Kind.UNAVAILABLE,
                    "paper account " + settings.account() + " kept changing under another process in " + COMMIT_ATTEMPTS
                            + " attempts; nothing was stored, try again");
        } catch (StoreException e) {
            reload = true;
            throw new BrokerException(
                    BrokerException.Kind.OUTCOME_UNKNOWN,
                    "",
                    "the paper account store failed: " + e.getMessage() + "; look the order up before placing it"
                            + " again",
                    e);
        } finally {
            lock.unlock();
        }
    }

    private void refresh() {
        if (reload || store.version(settings.account()) != book.version()) {
            book = AccountBook.of(store.load(settings.account()));
            reload = false;
        }
    }

    /**
     * Runs {@code action} in {@code step} and stores the step's changes, then delivers its events; discards the step
     * when the store refuses it (returns false) or when the action or the store throws.
     */
    private boolean stored(PaperStep step, Function<PaperStep, ?> action) {
        boolean stored = false;
        try {
            action.apply(step);
            PaperChanges changes = step.changes();
            stored = changes.isEmpty() || store.commit(settings.account(), book.version(), changes);
            if (stored) {
                step.commit();
            }
        } finally {
            if (!stored) {
                step.discard();
            }
        }
        if (stored) {
            deliver(step.events());
        }
        return stored;
    }

    private void deliver(List<OrderEvent> events) {
        for (OrderEvent event : events) {
            for (Consumer<OrderEvent> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    Thread t = Thread.currentThread();
                    t.getUncaughtExceptionHandler().uncaughtException(t, e);
                }
            }
        }
    }
}
