package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.OrderTurnover;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The trading account behind the fake Dhan server (reference section 3): a stateful order book, trades, positions and
 * funds, and the order alerts of every transition for the order-update stream.
 *
 * <p>An accepted order is {@code TRANSIT}, then {@code PENDING} or {@code REJECTED} by the RMS checks (quantity not a
 * multiple of the lot, price not a multiple of the tick, quantity above the freeze limit, funds short of the
 * margin), then follows its {@link FillPlan}. Tests drive later transitions with {@link #fill}, {@link #expire},
 * {@link #reject} and {@link #rematch()}. Fills update positions and funds: a long blocks its cost, a short the
 * model's margin ({@link FakeMargins}), realised profit is added back. Every transition (and every modification)
 * emits an order alert to the subscribers. Thread-safe.
 */
public final class FakeAccount implements AutoCloseable {

    /** Freeze quantity of NIFTY options, units (NSE's limit in January 2025). */
    public static final long NIFTY_FREEZE = 1_800;

    /** Modifications allowed per order (reference section 3.3). */
    public static final int MAX_MODIFICATIONS = 25;

    /** Which request keys {@code /margincalculator/multi} accepts (reference section 3.10, an open point). */
    public enum MultiRequest {
        /** The official SDK's {@code includePosition}, {@code includeOrder}, {@code scripList}. */
        SDK,
        /** The docs digest's {@code includePosition}, {@code includeOrders}, {@code scripts}. */
        DIGEST
    }

    /** How {@code /margincalculator/multi} spells its answer. */
    public enum MultiAnswer {
        /** The digest's snake case with every value a string ({@code "total_margin": "1234.50"}). */
        SNAKE_STRINGS,
        /** Camel case with numbers ({@code "totalMargin": 1234.5}), as the single-order calculator. */
        CAMEL_NUMBERS,
        /** The endpoint is absent (HTTP 404), as on an account or API version without it. */
        ABSENT
    }

    /** What a second order with a correlation id already used does (the reference is silent). */
    public enum DuplicateCorrelation {
        /** Placed like any order (the default: Dhan documents no uniqueness, so a client must not rely on it). */
        ACCEPT,
        /** Refused with 400 + DH-905. */
        REJECT
    }

    /**
     * The account's behaviour.
     *
     * @param sodLimit the start-of-day funds, rupees
     * @param multiRequest the request keys of the basket margin calculator
     * @param multiAnswer the answer's spelling of the basket margin calculator
     * @param duplicateCorrelation what a reused correlation id does
     * @param lookupAsArray true: {@code /orders/{id}} and {@code /orders/external/{cid}} answer a one-element array
     *     (the digest's form) instead of a single object
     * @param upperCaseAlertStatus true: alerts carry {@code TRADED}; false (default): {@code Traded}, as the docs'
     *     example
     */
    public record Settings(
            double sodLimit,
            MultiRequest multiRequest,
            MultiAnswer multiAnswer,
            DuplicateCorrelation duplicateCorrelation,
            boolean lookupAsArray,
            boolean upperCaseAlertStatus) {

        /** ₹2,00,000 start-of-day (the fixture's figure), the SDK's basket request, the digest's answer. */
        public static final Settings DEFAULT = new Settings(
                200_000, MultiRequest.SDK, MultiAnswer.SNAKE_STRINGS, DuplicateCorrelation.ACCEPT, false, false);

        /** Returns a copy with another basket margin dialect. */
        public Settings withMulti(MultiRequest request, MultiAnswer answer) {
            return new Settings(sodLimit, request, answer, duplicateCorrelation, lookupAsArray, upperCaseAlertStatus);
        }

        /** Returns a copy with other start-of-day funds. */
        public Settings withSodLimit(double rupees) {
            return new Settings(
                    rupees, multiRequest, multiAnswer, duplicateCorrelation, lookupAsArray, upperCaseAlertStatus);
        }

        /** Returns a copy with another duplicate-correlation behaviour. */
        public Settings with(DuplicateCorrelation duplicates) {
            return new Settings(sodLimit, multiRequest, multiAnswer, duplicates, lookupAsArray, upperCaseAlertStatus);
        }

        /** Returns a copy whose lookups answer one-element arrays. */
        public Settings withLookupAsArray() {
            return new Settings(sodLimit, multiRequest, multiAnswer, duplicateCorrelation, true, upperCaseAlertStatus);
        }
    }

    /** The answer of {@code GET /fundlimit} (reference section 3.9; the API's spellings, sic). */
    record FundLimit(
            String dhanClientId,
            @JsonProperty("availabelBalance") double availableBalance,
            double sodLimit,
            double collateralAmount,
            @JsonProperty("receiveableAmount") double receivableAmount,
            double utilizedAmount,
            double blockedPayoutAmount,
            double withdrawableBalance) {}

    private final FakeMarket market;
    private final Clock clock;
    private final Settings settings;
    private final FakeMargins margins;
    private final FakePositions positions = new FakePositions();
    private final Map<String, FakeOrder> orders = new LinkedHashMap<>();
    private final Map<String, FillPlan> plans = new HashMap<>();
    private final Map<String, FillPlan> plansByCorrelation = new HashMap<>();
    private final Deque<FillPlan> nextPlans = new ArrayDeque<>();
    private final List<OrderWire.Trade> trades = new ArrayList<>();
    private final List<OrderWire.Alert> alerts = new ArrayList<>();
    private final List<Consumer<OrderWire.Alert>> subscribers = new CopyOnWriteArrayList<>();
    private FillPlan defaultPlan = new FillPlan.Book();
    private long sequence;
    private boolean bookCharges;

    FakeAccount(FakeMarket market, Clock clock, Settings settings) {
        this.market = market;
        this.clock = clock;
        this.settings = settings;
        this.margins = new FakeMargins(market);
    }

    Settings settings() {
        return settings;
    }

    FakeMargins margins() {
        return margins;
    }

    FakeMarket market() {
        return market;
    }

    /** Sends every order alert from now on to {@code subscriber} (the order-update WebSocket). */
    void subscribe(Consumer<OrderWire.Alert> subscriber) {
        subscribers.add(subscriber);
    }

    /** The next order placed follows {@code plan} (plans queue up, one per order). */
    public synchronized void planNext(FillPlan plan) {
        nextPlans.add(plan);
    }

    /** Orders placed with {@code correlationId} follow {@code plan}. */
    public synchronized void planFor(String correlationId, FillPlan plan) {
        plansByCorrelation.put(correlationId, plan);
    }

    /** Orders without another plan follow {@code plan} ({@link FillPlan.Book} unless changed). */
    public synchronized void setDefaultPlan(FillPlan plan) {
        defaultPlan = plan;
    }

    /** Returns the funds available now, rupees: start of day plus realised profit less what is blocked and charged. */
    public synchronized double available() {
        return settings.sodLimit() + positions.realized() - blocked() - charges();
    }

    /**
     * From now on the day's fills cost their contract note, deducted from the available funds: Dhan's brokerage over
     * NSE's rates ({@link CostCalculator#nseDhan()}), one executed order per order id, as the broker contract expects.
     */
    public synchronized void bookCharges() {
        bookCharges = true;
    }

    private double charges() {
        if (!bookCharges || trades.isEmpty()) {
            return 0;
        }
        LocalDate day = now().toLocalDate();
        Map<String, OrderTurnover> byOrder = new LinkedHashMap<>();
        for (OrderWire.Trade t : trades) {
            OrderTurnover turnover = new OrderTurnover(
                    day,
                    "BUY".equals(t.transactionType()) ? Side.BUY : Side.SELL,
                    Money.ofRupees(t.tradedQuantity() * t.tradedPrice(), RoundingMode.HALF_UP));
            byOrder.merge(
                    t.orderId(),
                    turnover,
                    (a, b) ->
                            new OrderTurnover(day, a.side(), a.premiumTurnover().plus(b.premiumTurnover())));
        }
        return CostCalculator.nseDhan()
                .contractNoteOf(day, List.copyOf(byOrder.values()), List.of())
                .total()
                .rupees();
    }

    private double blocked() {
        double open = orders.values().stream()
                .filter(o -> FakeOrder.isOpen(o.status))
                .mapToDouble(o -> required(o, o.remaining()))
                .sum();
        return positions.blocked(margins) + open;
    }

    /** Returns every alert emitted so far, in order (before any fault of the WebSocket). */
    public synchronized List<String> alertsJson() {
        return alerts.stream().map(FakeJson::write).toList();
    }

    /** Returns an order as {@code GET /orders/{id}} answers it. */
    public synchronized Optional<OrderWire.Order> order(String orderId) {
        return Optional.ofNullable(orders.get(orderId)).map(FakeOrder::toJson);
    }

    synchronized List<OrderWire.Order> orders() {
        return orders.values().stream().map(FakeOrder::toJson).toList();
    }

    synchronized List<OrderWire.Order> ordersByCorrelation(String correlationId) {
        return orders.values().stream()
                .filter(o -> o.correlationId.equals(Optional.of(correlationId)))
                .map(FakeOrder::toJson)
                .toList();
    }

    synchronized List<OrderWire.Trade> trades() {
        return List.copyOf(trades);
    }

    synchronized List<OrderWire.Position> positions() {
        return positions.toJson(market);
    }

    /** Returns the fund limits as {@code GET /fundlimit} answers them. */
    synchronized FundLimit funds() {
        double available = FakeMargins.money(available());
        return new FundLimit(
                FakeDhanServer.CLIENT_ID,
                available,
                settings.sodLimit(),
                0,
                0,
                FakeMargins.money(blocked()),
                0,
                Math.max(0, available));
    }

    /** Places an order whose body passed the schema; returns it, or why it was refused at the API (400). */
    synchronized FakeOrder place(JsonNode body, FakeInstrument instrument) {
        LocalDateTime now = now();
        sequence++;
        String date = now.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        Optional<String> correlation =
                Optional.ofNullable(body.get("correlationId")).map(JsonNode::asText);
        FakeOrder order = new FakeOrder(
                "11" + date + String.format("%07d", sequence),
                String.format("1100000%09d", sequence),
                correlation,
                instrument,
                "BUY".equals(body.get("transactionType").asText()),
                body.get("productType").asText(),
                body.has("afterMarketOrder") && body.get("afterMarketOrder").asBoolean(),
                now);
        order.orderType = body.get("orderType").asText();
        order.validity = body.get("validity").asText();
        order.quantity = body.get("quantity").asLong();
        order.disclosedQuantity =
                body.has("disclosedQuantity") ? body.get("disclosedQuantity").asLong() : 0;
        order.price = body.has("price") ? body.get("price").asDouble() : 0;
        order.triggerPrice = body.has("triggerPrice") ? body.get("triggerPrice").asDouble() : 0;
        orders.put(order.orderId, order);
        FillPlan plan = correlation.map(plansByCorrelation::get).orElse(null);
        plan = plan != null ? plan : nextPlans.isEmpty() ? defaultPlan : nextPlans.poll();
        plans.put(order.orderId, plan);
        emit(order);
        Optional<String> rms = rms(order);
        if (rms.isPresent()) {
            reject(order, "RMS", rms.get());
            return order;
        }
        transition(order, "PENDING", "CONFIRMED");
        follow(order, plan);
        return order;
    }

    /** Returns true when {@code correlationId} was used by an earlier order. */
    synchronized boolean used(String correlationId) {
        return orders.values().stream().anyMatch(o -> o.correlationId.equals(Optional.of(correlationId)));
    }

    private Optional<String> rms(FakeOrder order) {
        FakeInstrument i = order.instrument;
        if (order.quantity % i.lotSize() != 0) {
            return Optional.of("Quantity " + order.quantity + " is not a multiple of the lot size " + i.lotSize());
        }
        if (!order.isMarket() && Math.abs(order.price * 20 - Math.rint(order.price * 20)) > 1e-6) {
            return Optional.of("Price " + order.price + " is not a multiple of the tick size 0.05");
        }
        if (i.isOption() && "NIFTY".equals(i.underlying()) && order.quantity > NIFTY_FREEZE) {
            return Optional.of("Quantity " + order.quantity + " exceeds the freeze limit " + NIFTY_FREEZE);
        }
        double required = required(order, order.quantity);
        double available = settings.sodLimit() + positions.realized() - blocked() + required(order, order.remaining());
        if (required > available + 1e-6) {
            return Optional.of(String.format(
                    java.util.Locale.ROOT, "Margin exceeds: required %.2f, available %.2f", required, available));
        }
        return Optional.empty();
    }

    /** Funds an open order of {@code quantity} needs: a buy its value, a sell opening a short the model's margin. */
    private double required(FakeOrder order, long quantity) {
        double price = order.isMarket() || order.price == 0 ? touch(order) : order.price;
        if (order.buy) {
            return quantity * price;
        }
        long held = Math.max(0, positions.net(order.instrument, order.productType));
        long opening = Math.max(0, quantity - held);
        return opening == 0
                ? 0
                : margins.leg(new FakeMargins.Leg(order.instrument, false, opening, price))
                        .total();
    }

    private double touch(FakeOrder order) {
        FakeMarket.Book book = market.book(order.instrument);
        double touch = order.buy ? book.ask() : book.bid();
        return touch > 0 ? touch : market.lastPrice(order.instrument);
    }

    private void follow(FakeOrder order, FillPlan plan) {
        switch (plan) {
            case FillPlan.Book b -> match(order);
            case FillPlan.Rest r -> {
                // stays PENDING until a test moves it
            }
            case FillPlan.Partial p ->
                trade(order, Math.min(p.quantity(), order.remaining()), order.isMarket() ? touch(order) : order.price);
            case FillPlan.Reject r -> reject(order, r.omsErrorCode(), r.reason());
            case FillPlan.Expire e -> transition(order, "EXPIRED", "ORDER EXPIRED");
        }
    }

    private void match(FakeOrder order) {
        FakeMarket.Book book = market.book(order.instrument);
        double touch = order.buy ? book.ask() : book.bid();
        long size = order.buy ? book.askQuantity() : book.bidQuantity();
        if (touch <= 0 || size <= 0) {
            if (order.isMarket()) {
                reject(order, "RMS", "No market: nothing on the " + (order.buy ? "ask" : "bid"));
            } else if ("IOC".equals(order.validity)) {
                transition(order, "CANCELLED", "IOC ORDER CANCELLED");
            }
            return;
        }
        boolean marketable = order.isMarket() || (order.buy ? order.price >= touch : order.price <= touch);
        if (marketable) {
            trade(order, Math.min(order.remaining(), size), touch);
        }
        if (order.remaining() > 0 && "IOC".equals(order.validity) && FakeOrder.isOpen(order.status)) {
            transition(order, "CANCELLED", "IOC ORDER CANCELLED");
        }
    }

    private void trade(FakeOrder order, long quantity, double price) {
        if (quantity <= 0) {
            return;
        }
        order.filled += quantity;
        order.filledValue += quantity * price;
        order.lastTradePrice = price;
        positions.fill(order.instrument, order.productType, order.buy, quantity, price);
        String time = FakeOrder.time(now());
        FakeInstrument i = order.instrument;
        trades.add(new OrderWire.Trade(
                FakeDhanServer.CLIENT_ID,
                order.orderId,
                order.exchangeOrderId,
                Long.toString(50_000_000L + trades.size() + 1),
                order.buy ? "BUY" : "SELL",
                i.segment(),
                order.productType,
                order.orderType,
                i.tradingSymbol(),
                Long.toString(i.securityId()),
                quantity,
                price,
                time,
                time,
                time,
                i.expiry().map(Object::toString).orElse(null),
                i.drvOptionType().orElse(null),
                i.strike()));
        transition(order, order.remaining() == 0 ? "TRADED" : "PART_TRADED", "TRADE CONFIRMED");
    }

    private void reject(FakeOrder order, String code, String reason) {
        order.omsErrorCode = Optional.of(code);
        order.omsErrorDescription = Optional.of(reason);
        transition(order, "REJECTED", reason);
    }

    private void transition(FakeOrder order, String status, String reason) {
        order.status = status;
        order.reason = reason;
        order.updateTime = now();
        emit(order);
    }

    private void emit(FakeOrder order) {
        OrderWire.Alert alert = order.toAlert(market.lastPrice(order.instrument), settings.upperCaseAlertStatus());
        alerts.add(alert);
        subscribers.forEach(s -> s.accept(alert));
    }

    /**
     * Modifies an open order (reference section 3.3); returns empty when done, else the error's message (the order
     * is not open, or has been modified {@value #MAX_MODIFICATIONS} times).
     */
    synchronized Optional<String> modify(FakeOrder order, JsonNode body) {
        if (!FakeOrder.isOpen(order.status)) {
            return Optional.of("order " + order.orderId + " is " + order.status + " and cannot be modified");
        }
        if (order.modifications >= MAX_MODIFICATIONS) {
            return Optional.of("order " + order.orderId + " has been modified " + MAX_MODIFICATIONS + " times");
        }
        long quantity = body.has("quantity") ? body.get("quantity").asLong() : order.quantity;
        if (quantity < order.filled || quantity % order.instrument.lotSize() != 0) {
            return Optional.of("quantity " + quantity + " is below the filled " + order.filled
                    + " or not a multiple of the lot " + order.instrument.lotSize());
        }
        order.modifications++;
        order.quantity = quantity;
        order.orderType = body.get("orderType").asText();
        order.validity = body.get("validity").asText();
        order.price = body.has("price") ? body.get("price").asDouble() : order.price;
        order.triggerPrice = body.has("triggerPrice") ? body.get("triggerPrice").asDouble() : order.triggerPrice;
        order.disclosedQuantity =
                body.has("disclosedQuantity") ? body.get("disclosedQuantity").asLong() : order.disclosedQuantity;
        order.legName = Optional.ofNullable(body.get("legName")).map(JsonNode::asText);
        transition(order, order.filled > 0 ? "PART_TRADED" : "PENDING", "MODIFIED");
        if (plans.get(order.orderId) instanceof FillPlan.Book) {
            match(order);
        }
        return Optional.empty();
    }

    /** Cancels an open order; returns empty when done, else why not. */
    synchronized Optional<String> cancel(FakeOrder order) {
        if (!FakeOrder.isOpen(order.status)) {
            return Optional.of("order " + order.orderId + " is " + order.status + " and cannot be cancelled");
        }
        transition(order, "CANCELLED", "CANCELLED BY USER");
        return Optional.empty();
    }

    synchronized Optional<FakeOrder> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    /** Fills {@code quantity} units of an open order at {@code price}, as the exchange would. */
    public synchronized void fill(String orderId, long quantity, double price) {
        FakeOrder order = open(orderId);
        if (quantity <= 0 || quantity > order.remaining()) {
            throw new IllegalArgumentException("cannot fill " + quantity + " of " + order.remaining() + " remaining");
        }
        trade(order, quantity, price);
    }

    /** Expires an open order (a day order at the close). */
    public synchronized void expire(String orderId) {
        transition(open(orderId), "EXPIRED", "ORDER EXPIRED");
    }

    /** Rejects an open order at the exchange, with {@code omsErrorCode} and {@code reason}. */
    public synchronized void reject(String orderId, String omsErrorCode, String reason) {
        reject(open(orderId), omsErrorCode, reason);
    }

    /** Matches every open order that follows {@link FillPlan.Book} against the current books. */
    public synchronized void rematch() {
        for (FakeOrder order : List.copyOf(orders.values())) {
            if (FakeOrder.isOpen(order.status) && plans.get(order.orderId) instanceof FillPlan.Book) {
                match(order);
            }
        }
    }

    private FakeOrder open(String orderId) {
        FakeOrder order = orders.get(orderId);
        if (order == null || !FakeOrder.isOpen(order.status)) {
            throw new IllegalStateException("no open order " + orderId);
        }
        return order;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), FakeMarket.IST);
    }

    @Override
    public void close() {
        subscribers.clear();
    }
}
