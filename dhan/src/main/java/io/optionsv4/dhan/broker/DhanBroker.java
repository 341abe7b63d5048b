package io.optionsv4.dhan.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.core.margin.MarginOrder;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.Broker;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.BrokerException.Kind;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.Order;
import io.optionsv4.core.trade.OrderEvent;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderStatus;
import io.optionsv4.core.trade.Position;
import io.optionsv4.dhan.rest.DhanConfig;
import io.optionsv4.dhan.rest.DhanMarginCalculator;
import io.optionsv4.dhan.rest.DhanTradingApi;
import io.optionsv4.dhan.rest.Sleeper;
import io.optionsv4.dhan.scrip.ScripMaster;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link Broker} over Dhan API v2 (reference section 3): orders placed as {@code MARGIN} (F&amp;O carry-forward)
 * with security ids from the scrip master and quantities in units, read back over REST, and followed on the
 * order-update WebSocket (section 5) with REST polling ({@link #poll()}) as the fallback.
 *
 * <p><b>Exactly once.</b> {@link #place} first looks the correlation id up and refuses to place a second order under
 * it (naming the first); the {@code POST /orders} is then sent once, never retried: a time-out or a dropped connection
 * after sending is {@link Kind#OUTCOME_UNKNOWN}, and the caller reconciles with {@link #orderByCorrelationId}.
 * Orders, modifications and cancellations keep to the client-side order rate limits (the settings' orders per second,
 * 250 a minute, 1,000 an hour, 7,000 a day, as sliding windows).
 *
 * <p><b>Read-back.</b> A placed order is read back from Dhan's trade book ({@code GET /trades/{id}}): trades for its
 * whole quantity make it {@code FILLED} with their exact value, and nothing more is read; otherwise the order itself
 * ({@code GET /orders/{id}}) gives its status. So an order that fills at once costs three calls: the look-up, the
 * placement, its trades.
 *
 * <p><b>Events.</b> Every source of order state (an order-update message, a lookup, the polled order book) goes
 * through one monotonic merge ({@link OrderTracker}): duplicated or reordered messages are ignored by filled quantity
 * and status, each trade is reported once with its exchange trade id from the trade book. A message that is news
 * triggers a REST read of the order and its trades: REST is the record, the stream is the doorbell. A message about
 * an order this broker is placing (by its correlation id) waits until the placement has read the order back, which
 * usually makes it old news.
 *
 * <p><b>Errors.</b> Dhan's codes map to {@link BrokerException} kinds ({@link DhanBrokerErrors}). A refused token is
 * {@link Kind#AUTH} at the first call, and every later call fails at once without being sent.
 *
 * <p><b>Freeze quantity.</b> This broker never slices: an order above the exchange's freeze quantity is sent whole and
 * comes back {@code REJECTED} with Dhan's reason. The application puts {@code engine.execution.FreezeSlicingBroker}
 * in front of it, which slices with effective-dated freeze limits (one correlation id per slice).
 *
 * <p>Over 400 lines on purpose: placement's exactly-once protocol (look-up by correlation id, send, read-back, the
 * wait for an order-update alert that races the read-back) shares its locks and in-flight state with the event
 * merging; split across classes, that state would have to be shared mutable state between them. The wire mapping,
 * errors, order tracking, placements and the update stream are already apart ({@link DhanOrderMapper}, {@link
 * DhanBrokerErrors}, {@link OrderTracker}, {@link Placements}, {@link OrderUpdateStream}).
 */
public final class DhanBroker implements Broker, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DhanBroker.class.getName());

    /** How long an order alert waits for the placement of its order to read it back before it is read itself. */
    private static final java.time.Duration PLACEMENT_PATIENCE = java.time.Duration.ofSeconds(30);

    private final DhanConfig config;
    private final DhanTradingApi api;
    private final DhanMarginCalculator margins;
    private final DhanOrderMapper mapper;
    private final Clock clock;
    private final OrderTracker tracker = new OrderTracker();
    private final Placements placements = new Placements();
    private final ObjectMapper json = new ObjectMapper();
    private final Optional<OrderUpdateStream> stream;
    private final java.util.concurrent.atomic.AtomicInteger updatesHandled =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Creates the broker for the account of {@code config} and starts following its order updates (when the settings
     * name a stream). Production: {@code new DhanBroker(DhanConfig.of(clientId, token), scripMaster,
     * DhanBrokerSettings.DEFAULT)}.
     */
    public DhanBroker(DhanConfig config, ScripMaster scripMaster, DhanBrokerSettings settings) {
        this(config, scripMaster, settings, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** Creates the broker with an injected clock and sleeper (rate limits and back-off; tests). */
    public DhanBroker(
            DhanConfig config, ScripMaster scripMaster, DhanBrokerSettings settings, Clock clock, Sleeper sleeper) {
        this.config = Checks.notNull(config, "config");
        Checks.notNull(scripMaster, "scripMaster");
        Checks.notNull(settings, "settings");
        this.clock = Checks.notNull(clock, "clock");
        this.api = new DhanTradingApi(config, settings.ordersPerSecond(), clock, sleeper);
        this.margins = new DhanMarginCalculator(config, scripMaster, w -> LOG.log(System.Logger.Level.WARNING, w));
        this.mapper = new DhanOrderMapper(scripMaster);
        this.stream = settings.orderUpdates()
                .map(url -> new OrderUpdateStream(
                        url,
                        config.clientId(),
                        config.accessToken(),
                        this::onOrderUpdate,
                        this::pollQuietly,
                        settings.reconnectBackoff()));
        stream.ifPresent(OrderUpdateStream::start);
    }

    @Override
    public String name() {
        return "dhan";
    }

    /** Returns the REST base URL this broker trades through (no credentials in it). */
    public java.net.URI baseUrl() {
        return config.baseUrl();
    }

    /** Returns true for Dhan's production API; false for a sandbox or a loopback test server. */
    @Override
    public boolean live() {
        return "api.dhan.co".equals(config.baseUrl().getHost());
    }

    @Override
    public Order place(OrderRequest request) {
        Checks.notNull(request, "request");
        String what = "placing order " + request.correlationId() + " (" + request.side() + " " + request.quantity()
                + " " + request.instrument().displayName() + ")";
        DhanOrderMapper.Security security = mapper.security(request.instrument());
        if (request.quantity() % security.lotSize() != 0 || request.lotSize() != security.lotSize()) {
            throw new BrokerException(
                    Kind.INVALID,
                    what + " refused: the scrip master's lot size of " + security.name() + " is "
                            + security.lotSize() + " but the order says " + request.lotSize() + " for "
                            + request.quantity() + " units");
        }
        String tag = request.correlationId().value();
        placements.begin(tag);
        try {
            Optional<Order> earlier = orderByCorrelationId(request.correlationId());
            if (earlier.isPresent()) {
                throw new BrokerException(
                        Kind.INVALID,
                        what + " refused: correlation id " + request.correlationId() + " already belongs to order "
                                + earlier.get().orderId() + " (" + earlier.get().status()
                                + "); a second order is never placed under one tag");
            }
            JsonNode answer =
                    call(() -> api.placeOrder(mapper.placeBody(request, security, api.clientId())), what, true);
            String orderId = DhanOrderMapper.text(answer, "orderId")
                    .filter(id -> !id.isBlank())
                    .orElseThrow(() -> new BrokerException(
                            Kind.OUTCOME_UNKNOWN,
                            what + ": Dhan answered without an orderId (" + answer
                                    + "); look the order up by its correlation id before acting"));
            return readBack(orderId, request, what);
        } finally {
            placements.end(tag);
        }
    }

    /**
     * Reads a placed order back: its trades first; when they fill the whole quantity the order is filled and that is
     * all (the trades are Dhan's record of it), otherwise the order itself is read for its status. A failure is
     * {@link Kind#OUTCOME_UNKNOWN}: Dhan has the order.
     */
    private Order readBack(String orderId, OrderRequest request, String what) {
        try {
            List<Fill> fills = tradesOf(orderId, request.correlationId());
            Map<String, Fill> byTradeId = new HashMap<>();
            fills.stream().filter(f -> f.orderId().equals(orderId)).forEach(f -> byTradeId.putIfAbsent(f.tradeId(), f));
            int traded = byTradeId.values().stream().mapToInt(Fill::quantity).sum();
            if (traded == request.quantity()) {
                Money value = byTradeId.values().stream().map(Fill::value).reduce(Money.ZERO, Money::plus);
                Instant last = byTradeId.values().stream()
                        .map(Fill::time)
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
                Order filled = new Order(orderId, request, OrderStatus.FILLED, traded, value, "", last);
                tracker.merge(filled, fills);
                return filled;
            }
            return lookup(() -> api.order(orderId), "reading order " + orderId)
                    .flatMap(node -> merged(node, fills))
                    .orElseThrow(() -> new BrokerException(
                            Kind.OUTCOME_UNKNOWN,
                            what + ": Dhan accepted it as order " + orderId + " but does not find it"));
        } catch (BrokerException e) {
            if (e.kind() == Kind.AUTH || e.kind() == Kind.OUTCOME_UNKNOWN) {
                throw e;
            }
            throw new BrokerException(
                    Kind.OUTCOME_UNKNOWN,
                    e.code(),
                    what + ": Dhan accepted it as order " + orderId + " but reading it back failed: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public Order modify(String orderId, Money limitPrice) {
        Checks.notNull(limitPrice, "limitPrice");
        Checks.argument(limitPrice.paise() > 0, "limit price must be > 0 but was " + limitPrice);
        Order current = existing(orderId, "modify");
        String what = "modifying order " + orderId + " (" + current.correlationId() + ") to " + limitPrice;
        if (current.status().terminal()) {
            throw new BrokerException(
                    Kind.REJECTED, what + " refused: the order is " + current.status() + "; only open orders move");
        }
        call(
                () -> api.modifyOrder(orderId, DhanOrderMapper.modifyBody(current, limitPrice, api.clientId())),
                what,
                true);
        return read(orderId).orElseThrow(() -> new BrokerException(Kind.OUTCOME_UNKNOWN, what + ": order vanished"));
    }

    @Override
    public Order cancel(String orderId) {
        Order current = existing(orderId, "cancel");
        if (current.status().terminal()) {
            return current;
        }
        String what = "cancelling order " + orderId + " (" + current.correlationId() + ")";
        call(() -> api.cancelOrder(orderId), what, true);
        return read(orderId).orElseThrow(() -> new BrokerException(Kind.OUTCOME_UNKNOWN, what + ": order vanished"));
    }

    private Order existing(String orderId, String verb) {
        Checks.notBlank(orderId, "orderId");
        return order(orderId)
                .orElseThrow(() -> new BrokerException(
                        Kind.INVALID, "cannot " + verb + " order " + orderId + ": Dhan has no such order today"));
    }

    @Override
    public Optional<Order> order(String orderId) {
        Checks.notBlank(orderId, "orderId");
        return read(orderId);
    }

    @Override
    public Optional<Order> orderByCorrelationId(CorrelationId correlationId) {
        Checks.notNull(correlationId, "correlationId");
        Optional<JsonNode> found =
                lookup(() -> api.orderByCorrelationId(correlationId.value()), "looking up order " + correlationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String orderId = DhanOrderMapper.text(found.get(), "orderId").orElse("");
        return orderId.isBlank() ? Optional.empty() : merged(found.get(), tradesOf(orderId, correlationId));
    }

    /** Reads one order and its trades, merges them into the reported state and returns the order. */
    private Optional<Order> read(String orderId) {
        Optional<JsonNode> found = lookup(() -> api.order(orderId), "reading order " + orderId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Order bare = mapper.order(found.get(), List.of(), clock.instant());
        return merged(found.get(), tradesOf(orderId, bare.correlationId()));
    }

    private Optional<Order> merged(JsonNode node, List<Fill> fills) {
        Order order = mapper.order(node, fills, clock.instant());
        tracker.merge(order, fills);
        return Optional.of(order);
    }

    private Optional<JsonNode> lookup(Supplier<JsonNode> call, String what) {
        try {
            return DhanOrderMapper.single(call.get());
        } catch (MarketDataException e) {
            if (DhanBrokerErrors.notFound(e)) {
                return Optional.empty();
            }
            throw DhanBrokerErrors.map(e, what, false);
        }
    }

    private List<Fill> tradesOf(String orderId, CorrelationId correlationId) {
        JsonNode trades = call(() -> api.tradesOf(orderId), "reading the trades of order " + orderId, false);
        List<Fill> fills = new ArrayList<>();
        for (JsonNode t : trades) {
            fills.add(mapper.fill(t, correlationId, clock.instant()));
        }
        return fills;
    }

    /** Returns the day's orders, oldest first, merged into the reported state (events for anything new). */
    @Override
    public List<Order> orders() {
        JsonNode book = call(api::orders, "reading the order book", false);
        List<JsonNode> nodes = new ArrayList<>();
        book.forEach(nodes::add);
        nodes.sort(Comparator.comparing((JsonNode n) -> n.path("createTime").asText(""))
                .thenComparing(n -> n.path("orderId").asText("")));
        Map<String, CorrelationId> tags = new HashMap<>();
        for (JsonNode n : nodes) {
            Order bare = mapper.order(n, List.of(), clock.instant());
            tags.put(bare.orderId(), bare.correlationId());
        }
        Map<String, List<Fill>> fills = new HashMap<>();
        for (Fill f : trades(tags)) {
            fills.computeIfAbsent(f.orderId(), k -> new ArrayList<>()).add(f);
        }
        List<Order> orders = new ArrayList<>();
        for (JsonNode n : nodes) {
            String id = n.path("orderId").asText();
            merged(n, fills.getOrDefault(id, List.of())).ifPresent(orders::add);
        }
        return List.copyOf(orders);
    }

    @Override
    public List<Fill> trades() {
        JsonNode book = call(api::orders, "reading the order book", false);
        Map<String, CorrelationId> tags = new HashMap<>();
        for (JsonNode n : book) {
            Order bare = mapper.order(n, List.of(), clock.instant());
            tags.put(bare.orderId(), bare.correlationId());
        }
        return trades(tags);
    }

    private List<Fill> trades(Map<String, CorrelationId> tags) {
        JsonNode book = call(api::trades, "reading the trade book", false);
        List<Fill> fills = new ArrayList<>();
        for (JsonNode t : book) {
            String orderId = t.path("orderId").asText();
            CorrelationId tag = tags.get(orderId);
            if (tag == null) {
                tag = orderByCorrelationOf(orderId);
            }
            fills.add(mapper.fill(t, tag, clock.instant()));
        }
        return List.copyOf(fills);
    }

    private CorrelationId orderByCorrelationOf(String orderId) {
        JsonNode node = lookup(() -> api.order(orderId), "reading order " + orderId)
                .orElseThrow(() -> new BrokerException(
                        Kind.UNAVAILABLE, "Dhan's trade book names order " + orderId + ", which it does not find"));
        return mapper.order(node, List.of(), clock.instant()).correlationId();
    }

    @Override
    public List<Position> positions() {
        JsonNode rows = call(api::positions, "reading positions", false);
        List<Position> positions = new ArrayList<>();
        for (JsonNode row : rows) {
            mapper.position(row).ifPresent(positions::add);
        }
        return List.copyOf(positions);
    }

    @Override
    public io.optionsv4.core.trade.Funds funds() {
        return DhanOrderMapper.funds(call(api::fundLimit, "reading the fund limit", false));
    }

    /**
     * Returns Dhan's margin for the basket from its basket calculator ({@code POST /margincalculator/multi}, or the sum
     * of single-order margins with a warning when that fails). Market orders are priced at 0 (Dhan prices them).
     *
     * @throws BrokerException {@code INVALID} when the basket is empty or mixes underlyings or holds shares
     */
    @Override
    public Money margin(List<OrderRequest> basket) {
        Checks.notNull(basket, "basket");
        if (basket.isEmpty()) {
            throw new BrokerException(Kind.INVALID, "the margin of an empty basket was asked for");
        }
        String symbol = basket.get(0).instrument().symbol();
        List<MarginOrder> orders = new ArrayList<>();
        for (OrderRequest r : basket) {
            if (!(r.instrument() instanceof OptionInstrument o) || !o.symbol().equals(symbol)) {
                throw new BrokerException(
                        Kind.INVALID,
                        "Dhan's basket margin takes options of one underlying (" + symbol + "), not "
                                + r.instrument().displayName());
            }
            mapper.security(o);
            double price = r.limitPrice().map(Money::rupees).orElse(0.0);
            orders.add(new MarginOrder(o.right(), o.strike().rupees(), o.expiry(), r.side(), r.quantity(), price));
        }
        try {
            return margins.basketMargin(symbol, orders).total();
        } catch (MarketDataException e) {
            throw DhanBrokerErrors.map(e, "computing the margin of a " + symbol + " basket", false);
        }
    }

    @Override
    public Subscription subscribe(Consumer<OrderEvent> listener) {
        return tracker.subscribe(Checks.notNull(listener, "listener"));
    }

    /**
     * Reads the order and trade books over REST and reports whatever the order-update stream has not (the fallback
     * when the stream is down or lost messages); returns once every event is delivered.
     */
    public void poll() {
        orders();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Dhan order book catch-up after a reconnect failed: " + e.getMessage());
        }
    }

    /** Handles one order-update message: an {@code order_alert} that is news triggers a REST read of its order. */
    private void onOrderUpdate(String message) {
        try {
            handle(message);
        } finally {
            updatesHandled.incrementAndGet();
        }
    }

    private void handle(String message) {
        JsonNode alert;
        try {
            alert = json.readTree(message);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.log(System.Logger.Level.WARNING, "Dhan order updates: a message that is not JSON was ignored");
            return;
        }
        if (!"order_alert".equals(alert.path("Type").asText())) {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "Dhan order updates: ignored a message of type "
                            + alert.path("Type").asText("(none)"));
            return;
        }
        JsonNode data = alert.path("Data");
        String orderId = data.path("OrderNo").asText("");
        if (orderId.isBlank()) {
            return;
        }
        OrderStatus status;
        try {
            status = DhanOrderMapper.status(orderId, data.path("Status").asText(""));
        } catch (BrokerException e) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            status = OrderStatus.PENDING;
        }
        int traded = data.path("TradedQty").asInt(0);
        awaitPlacement(data.path("CorrelationId").asText(""));
        if (tracker.isNews(orderId, status, traded)) {
            try {
                read(orderId);
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Dhan order updates: reading order " + orderId + " failed: " + e.getMessage());
            }
        }
    }

    /** Waits until a placement of {@code tag} under way has read its order back (the alert is then rarely news). */
    private void awaitPlacement(String tag) {
        if (tag.isBlank()) {
            return;
        }
        try {
            placements.awaitNone(tag, PLACEMENT_PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Returns how many order-update messages have been handled (tests wait for them). */
    int orderUpdatesHandled() {
        return updatesHandled.get();
    }

    /** Returns how many order-update sessions have logged in (0 without a stream). */
    int orderUpdateSessions() {
        return stream.map(OrderUpdateStream::sessions).orElse(0);
    }

    private static JsonNode call(Supplier<JsonNode> call, String what, boolean orderCall) {
        try {
            return call.get();
        } catch (MarketDataException e) {
            throw DhanBrokerErrors.map(e, what, orderCall);
        }
    }

    @Override
    public void close() {
        stream.ifPresent(OrderUpdateStream::close);
        api.close();
        margins.close();
    }
}
