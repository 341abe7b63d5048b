package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.BadPrice;
import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.costs.LegPrice;
import io.optionsv4.core.costs.LegPricing;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.Funds;
import io.optionsv4.core.trade.Instrument;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.Position;
import io.optionsv4.core.trade.Validity;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.PaperAccountStore;
import io.optionsv4.core.trade.paper.PaperChanges;
import io.optionsv4.core.trade.paper.PaperOrder;
import io.optionsv4.core.trade.paper.Settlement;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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

    private final MarketData marketData;
    private final PaperAccountStore store;
    private final Clock clock;
    private final PaperSettings settings;
    private final MarketHours hours;
    private final DayCharges dayCharges;
    private final AccountMargin margins;
    private final long tickPaise;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Consumer<OrderEvent>> listeners = new CopyOnWriteArrayList<>();
    private AccountBook book;
    private SnapshotLiquidity liquidity;
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
        this.marketData = Checks.notNull(marketData, "marketData");
        this.store = Checks.notNull(store, "store");
        this.clock = Checks.notNull(clock, "clock");
        this.settings = Checks.notNull(settings, "settings");
        this.hours = new MarketHours(settings.tradingDays(), settings.ignoreMarketHours());
        this.dayCharges = new DayCharges(settings.costs());
        this.margins = new AccountMargin(settings.margins());
        this.tickPaise = Math.max(
                1,
                Money.ofRupees(settings.prices().slippage().tick(), RoundingMode.HALF_UP)
                        .paise());
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
        return run(step -> step.work.order(orderId).map(PaperOrder::order));
    }

    @Override
    public Optional<Order> orderByCorrelationId(CorrelationId correlationId) {
        Checks.notNull(correlationId, "correlationId");
        return run(step -> step.work.orderByCorrelationId(correlationId).map(PaperOrder::order));
    }

    /** Returns the orders placed today (the date in India) and any order still open, in placement order. */
    @Override
    public List<Order> orders() {
        return run(step -> step.work.orders().stream()
                .filter(p -> p.order().status().open()
                        || MarketHours.date(p.placedAt()).equals(step.market.today()))
                .map(PaperOrder::order)
                .toList());
    }

    /** Returns today's fills (the date in India), in trade order. */
    @Override
    public List<Fill> trades() {
        return run(step -> step.work.fills().stream()
                .map(BookedFill::fill)
                .filter(f -> MarketHours.date(f.time()).equals(step.market.today()))
                .toList());
    }

    /**
     * Returns the open positions and those closed today, each over every fill of its contract and its expiry
     * settlement (a settled long counts as sold at its intrinsic value, a settled short as bought).
     */
    @Override
    public List<Position> positions() {
        return run(Step::positions);
    }

    /**
     * Returns the funds: {@code available} = cash − utilised; {@code utilized} = SPAN + exposure margin of the
     * portfolio that results when every open order fills, plus the premium of open buy orders less that of open sell
     * orders (at least 0); {@code startOfDay} = the cash at the start of today; {@code withdrawable} = what is
     * available, at least 0 and at most the cash.
     */
    @Override
    public Funds funds() {
        return run(Step::funds);
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
        return run(step -> step.margin(basket));
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
            events.addAll(step.caughtUp);
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
    private <T> T run(Function<Step, T> action) {
        lock.lock();
        try {
            for (int attempt = 1; attempt <= COMMIT_ATTEMPTS; attempt++) {
                refresh();
                Step catchUp = new Step(List.of());
                catchUp.catchUp();
                if (!commit(catchUp)) {
                    reload = true;
                    continue;
                }
                Step step = new Step(catchUp.events);
                T result = action.apply(step);
                if (commit(step)) {
                    return result;
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

    private boolean commit(Step step) {
        PaperChanges changes = step.work.changes();
        if (!changes.isEmpty()) {
            if (!store.commit(settings.account(), book.version(), changes)) {
                return false;
            }
            book = step.work.committed();
        }
        liquidity = step.liquidity;
        deliver(step.events);
        return true;
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

    /** One step of the account: a working copy of the book, the market of this moment and the events it caused. */
    private final class Step {

        private final AccountBook work = book.copy();
        private final SnapshotLiquidity liquidity = PaperBroker.this.liquidity.copy();
        private final Instant now = now();
        private final MarketView market = new MarketView(marketData, MarketHours.date(now), settings.prices());
        private final List<OrderEvent> events = new ArrayList<>();
        private final List<OrderEvent> caughtUp;

        Step(List<OrderEvent> caughtUp) {
            this.caughtUp = caughtUp;
        }

        void catchUp() {
            settleExpired();
            for (PaperOrder p : work.openOrders()) {
                if (hours.dayOver(p.placedAt(), now)) {
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
            if (hours.open(now)) {
                for (PaperOrder p : work.openOrders()) {
                    evaluate(p);
                }
            }
        }

        Order place(OrderRequest request) {
            Optional<PaperOrder> existing = work.orderByCorrelationId(request.correlationId());
            if (existing.isPresent()) {
                Order o = existing.get().order();
                throw new BrokerException(
                        BrokerException.Kind.INVALID,
                        DUPLICATE_CODE,
                        "correlation id " + request.correlationId() + " already names order " + o.orderId() + " ("
                                + o.status() + "); look it up instead of placing it again",
                        null);
            }
            String orderId = work.nextOrderId();
            Order order = new Order(orderId, request, OrderStatus.PENDING, 0, Money.ZERO, "", now);
            Optional<String> refusal = refusal(order);
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
                Order o = after.order();
                Order cancelled = o.with(
                        OrderStatus.CANCELLED,
                        o.filledQuantity(),
                        o.filledValue(),
                        "immediate or cancel: the " + o.remainingQuantity() + " units not filled at once were"
                                + " cancelled",
                        now);
                work.put(after.with(cancelled));
                events.add(new OrderEvent.Cancelled(cancelled));
                return cancelled;
            }
            return after.order();
        }

        Order modify(String orderId, Money limitPrice) {
            PaperOrder p = known(orderId);
            Order o = p.order();
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
            if (limitPrice.paise() <= 0 || limitPrice.paise() % tickPaise != 0) {
                throw new BrokerException(
                        BrokerException.Kind.INVALID,
                        "limit price " + limitPrice + " is not a positive multiple of the tick "
                                + Money.ofPaise(tickPaise));
            }
            Order changed = new Order(
                    orderId,
                    o.request().withLimitPrice(limitPrice),
                    o.status(),
                    o.filledQuantity(),
                    o.filledValue(),
                    "",
                    now);
            Optional<String> shortfall = shortfall(changed, Optional.of(o));
            if (shortfall.isPresent()) {
                throw new BrokerException(
                        BrokerException.Kind.REJECTED,
                        "order " + orderId + " keeps its price "
                                + o.request().limitPrice().orElseThrow() + ": " + shortfall.get());
            }
            work.put(p.with(changed));
            events.add(new OrderEvent.Accepted(changed));
            if (hours.open(now)) {
                evaluate(work.order(orderId).orElseThrow());
            }
            return work.order(orderId).orElseThrow().order();
        }

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

        List<Position> positions() {
            LocalDate today = market.today();
            List<Instrument> activeToday = new ArrayList<>();
            for (BookedFill b : work.fills()) {
                if (MarketHours.date(b.fill().time()).equals(today)) {
                    activeToday.add(b.fill().instrument());
                }
            }
            for (Settlement s : work.settlements()) {
                if (MarketHours.date(s.settledAt()).equals(today)) {
                    activeToday.add(s.instrument());
                }
            }
            List<Position> positions = new ArrayList<>();
            work.traded().forEach((instrument, t) -> {
                if (t.net() != 0 || activeToday.contains(instrument)) {
                    positions.add(
                            new Position(instrument, t.buyQuantity(), t.buyValue(), t.sellQuantity(), t.sellValue()));
                }
            });
            return positions;
        }

        Funds funds() {
            Money cash = work.cash();
            Money utilized =
                    utilized(work.openOrders().stream().map(PaperOrder::order).toList());
            Money available = cash.minus(utilized);
            Instant startOfDay = market.today().atStartOfDay(MarketHours.IST).toInstant();
            Money withdrawable = available.min(cash).max(Money.ZERO);
            return new Funds(available, utilized, work.cashBefore(startOfDay), withdrawable);
        }

        Money margin(List<OrderRequest> basket) {
            List<AccountMargin.Holding> holdings = new ArrayList<>(basket.size());
            for (OrderRequest r : basket) {
                Checks.notNull(r, "basket order");
                if (!(r.instrument() instanceof OptionInstrument c)) {
                    throw new BrokerException(
                            BrokerException.Kind.INVALID,
                            "the paper broker margins NSE options only, not "
                                    + r.instrument().displayName());
                }
                MarketView.Lookup lookup = market.find(c);
                if (!(lookup instanceof MarketView.Found found)) {
                    throw new BrokerException(BrokerException.Kind.INVALID, ((MarketView.Missing) lookup).reason());
                }
                Money price =
                        r.limitPrice().orElseGet(() -> executable(found, r).orElse(Money.ZERO));
                holdings.add(new AccountMargin.Holding(
                        c, r.side().sign() * r.quantity(), OptionalDouble.of(price.rupees())));
            }
            return holdings.isEmpty() ? Money.ZERO : margins.total(holdings, market);
        }

        private PaperOrder known(String orderId) {
            return work.order(orderId)
                    .orElseThrow(() -> new BrokerException(
                            BrokerException.Kind.INVALID,
                            "paper account " + work.account() + " has no order " + orderId));
        }

        /** Returns why a new order is refused, or empty when it is accepted. */
        private Optional<String> refusal(Order order) {
            OrderRequest r = order.request();
            if (!(r.instrument() instanceof OptionInstrument c)) {
                return Optional.of("the paper broker trades NSE options only, not "
                        + r.instrument().displayName());
            }
            if (!hours.open(now)) {
                return Optional.of(hours.closedReason(now));
            }
            if (MarketHours.expired(c.expiry(), now)) {
                return Optional.of(c.displayName() + " expired on " + c.expiry());
            }
            MarketView.Lookup lookup = market.find(c);
            if (!(lookup instanceof MarketView.Found found)) {
                return Optional.of(((MarketView.Missing) lookup).reason());
            }
            OptionalInt lot = found.lotSize();
            if (lot.isPresent() && (r.lotSize() != lot.getAsInt() || r.quantity() % lot.getAsInt() != 0)) {
                return Optional.of("quantity " + r.quantity() + " of " + c.displayName()
                        + " is not a multiple of its lot size " + lot.getAsInt());
            }
            OptionalInt freeze = settings.freezeQuantities().maxQuantity(c.symbol(), market.today());
            if (freeze.isPresent() && r.quantity() > freeze.getAsInt()) {
                return Optional.of("quantity " + r.quantity() + " of " + c.displayName()
                        + " is above the freeze quantity " + freeze.getAsInt() + " of " + c.symbol()
                        + ": slice the order");
            }
            if (!dayCharges.covers(market.today())) {
                return Optional.of("the cost rate table has no rates for " + market.today());
            }
            if (r.limitPrice().isPresent() && r.limitPrice().get().paise() % tickPaise != 0) {
                return Optional.of("limit price " + r.limitPrice().get() + " of " + c.displayName()
                        + " is not a multiple of the tick " + Money.ofPaise(tickPaise));
            }
            if (r.type() == OrderType.MARKET && market.price(found, r.side(), r.lotSize()) instanceof BadPrice bad) {
                return Optional.of("no market price to trade " + c.displayName() + " at: " + bad.message());
            }
            return shortfall(order, Optional.empty());
        }

        /**
         * Returns why the account cannot carry {@code order} (new, or replacing {@code replaced}): the funds needed by
         * the portfolio when every open order fills, plus the order's charges if it fills, exceed the cash.
         */
        private Optional<String> shortfall(Order order, Optional<Order> replaced) {
            List<Order> open = new ArrayList<>();
            for (PaperOrder p : work.openOrders()) {
                if (replaced.isEmpty() || !p.orderId().equals(replaced.get().orderId())) {
                    open.add(p.order());
                }
            }
            List<Order> before = new ArrayList<>(open);
            replaced.ifPresent(before::add);
            List<Order> after = new ArrayList<>(open);
            after.add(order);
            Money utilizedBefore = utilized(before);
            Money utilizedAfter = utilized(after);
            Money charges = estimatedCharges(order);
            Money needed = utilizedAfter.minus(utilizedBefore).plus(charges);
            Money available = work.cash().minus(utilizedBefore);
            if (needed.paise() <= 0 || needed.compareTo(available) <= 0) {
                return Optional.empty();
            }
            boolean margin = spanAndExposure(after).compareTo(spanAndExposure(before)) > 0;
            return Optional.of("insufficient " + (margin ? "margin" : "funds") + ": "
                    + order.request().side() + " " + order.request().quantity() + " "
                    + order.request().instrument().displayName() + " needs " + needed.minus(charges)
                    + " more (premium and margin of the resulting portfolio) plus " + charges
                    + " charges, but " + available + " is available");
        }

        private Money estimatedCharges(Order order) {
            OrderRequest r = order.request();
            Optional<Money> price = orderPrice(order);
            if (price.isEmpty() || price.get().paise() <= 0 || order.remainingQuantity() <= 0) {
                return Money.ZERO;
            }
            Fill estimate = new Fill(
                    "estimate",
                    order.orderId(),
                    r.correlationId(),
                    r.instrument(),
                    r.side(),
                    order.remainingQuantity(),
                    price.get(),
                    now);
            return dayCharges
                    .forFill(estimate, work.fills(), work.settlements())
                    .total();
        }

        /**
         * Returns the funds the account's portfolio blocks when every order of {@code open} fills: SPAN + exposure of
         * the positions and the open orders, plus the premium of the buy orders less that of the sell orders, at least
         * 0.
         */
        private Money utilized(List<Order> open) {
            Money premium = Money.ZERO;
            for (Order o : open) {
                Money price = orderPrice(o).orElse(Money.ZERO);
                Money value = price.times(o.remainingQuantity());
                premium = o.request().side() == Side.BUY ? premium.plus(value) : premium.minus(value);
            }
            return spanAndExposure(open).plus(premium).max(Money.ZERO);
        }

        private Money spanAndExposure(List<Order> open) {
            Map<OptionInstrument, Integer> units = new LinkedHashMap<>();
            work.traded().forEach((instrument, t) -> {
                if (instrument instanceof OptionInstrument c && t.net() != 0 && !MarketHours.expired(c.expiry(), now)) {
                    units.merge(c, t.net(), Integer::sum);
                }
            });
            for (Order o : open) {
                if (o.request().instrument() instanceof OptionInstrument c && !MarketHours.expired(c.expiry(), now)) {
                    units.merge(c, o.request().side().sign() * o.remainingQuantity(), Integer::sum);
                }
            }
            List<AccountMargin.Holding> holdings = new ArrayList<>();
            units.forEach((c, u) -> {
                if (u != 0) {
                    holdings.add(new AccountMargin.Holding(c, u, OptionalDouble.empty()));
                }
            });
            return holdings.isEmpty() ? Money.ZERO : margins.spanAndExposure(holdings, market);
        }

        /** Returns the price an open order is expected to trade at: its limit, or a market order's executable price. */
        private Optional<Money> orderPrice(Order o) {
            OrderRequest r = o.request();
            if (r.limitPrice().isPresent()) {
                return r.limitPrice();
            }
            if (r.instrument() instanceof OptionInstrument c && market.find(c) instanceof MarketView.Found found) {
                return executable(found, r);
            }
            return Optional.empty();
        }

        private Optional<Money> executable(MarketView.Found found, OrderRequest r) {
            LegPricing pricing = market.price(found, r.side(), r.lotSize());
            return pricing instanceof LegPrice price
                    ? Optional.of(onTick(price.executable(), r.side()))
                    : Optional.empty();
        }

        /** Tries {@code p} against the market of this moment and books what fills. */
        private void evaluate(PaperOrder p) {
            Order o = p.order();
            OrderRequest r = o.request();
            if (o.status().terminal() || !(r.instrument() instanceof OptionInstrument c)) {
                return;
            }
            if (!(market.find(c) instanceof MarketView.Found found)) {
                return;
            }
            if (!(market.price(found, r.side(), r.lotSize()) instanceof LegPrice price)) {
                return;
            }
            Optional<Money> fillPrice = fillPrice(r, price);
            if (fillPrice.isEmpty()) {
                return;
            }
            long offered = liquidity.available(c, found.quote(), r.side(), r.lotSize());
            int quantity = (int) Math.min(o.remainingQuantity(), offered);
            quantity -= quantity % r.lotSize();
            if (quantity <= 0) {
                return;
            }
            liquidity.take(c, found.quote(), r.side(), quantity);
            Fill fill = new Fill(
                    work.nextTradeId(), o.orderId(), r.correlationId(), c, r.side(), quantity, fillPrice.get(), now);
            Charges charges = dayCharges.forFill(fill, work.fills(), work.settlements());
            work.book(fill, charges);
            int filled = o.filledQuantity() + quantity;
            OrderStatus status = filled == r.quantity() ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
            Order next = o.with(status, filled, o.filledValue().plus(fill.value()), "", now);
            work.put(p.with(next));
            events.add(
                    status == OrderStatus.FILLED
                            ? new OrderEvent.Filled(next, fill)
                            : new OrderEvent.PartiallyFilled(next, fill));
        }

        /** Returns the price {@code r} trades at against {@code price}, or empty when it is not marketable. */
        private Optional<Money> fillPrice(OrderRequest r, LegPrice price) {
            Side side = r.side();
            Money executable = onTick(price.executable(), side);
            if (r.type() == OrderType.MARKET) {
                return Optional.of(executable);
            }
            Money limit = r.limitPrice().orElseThrow();
            if (side == Side.BUY) {
                if (executable.compareTo(limit) <= 0) {
                    return Optional.of(executable);
                }
                return onTick(price.ask(), Side.BUY).compareTo(limit) <= 0 ? Optional.of(limit) : Optional.empty();
            }
            if (executable.compareTo(limit) >= 0) {
                return Optional.of(executable);
            }
            return onTick(price.bid(), Side.SELL).compareTo(limit) >= 0 ? Optional.of(limit) : Optional.empty();
        }

        /** Returns {@code rupees} on the tick: rounded up for a buy, down for a sell. */
        private Money onTick(double rupees, Side side) {
            long paise = Money.ofRupees(rupees, side == Side.BUY ? RoundingMode.CEILING : RoundingMode.FLOOR)
                    .paise();
            long ticks = side == Side.BUY ? Math.ceilDiv(paise, tickPaise) : Math.floorDiv(paise, tickPaise);
            return Money.ofPaise(ticks * tickPaise);
        }

        /** Settles every position in a contract that has expired, where the source has the underlying's close. */
        private void settleExpired() {
            work.traded().forEach((instrument, t) -> {
                if (instrument instanceof OptionInstrument c && t.net() != 0 && MarketHours.expired(c.expiry(), now)) {
                    OptionalDouble close = market.closeOn(c.symbol(), c.expiry());
                    if (close.isPresent() && close.getAsDouble() > 0) {
                        settle(c, t.net(), close.getAsDouble());
                    }
                }
            });
        }

        private void settle(OptionInstrument c, int units, double underlying) {
            Right right = c.right();
            Money intrinsic =
                    Money.ofRupees(right.intrinsic(underlying, c.strike().rupees()), RoundingMode.HALF_UP);
            Money price = Money.ofRupees(underlying, RoundingMode.HALF_UP);
            Settlement provisional = new Settlement(c, units, price, intrinsic, now, Charges.NONE);
            Charges charges = dayCharges.covers(c.expiry())
                    ? dayCharges.forSettlement(provisional, work.fills(), work.settlements())
                    : Charges.NONE;
            work.book(new Settlement(c, units, price, intrinsic, now, charges));
        }
    }
}
