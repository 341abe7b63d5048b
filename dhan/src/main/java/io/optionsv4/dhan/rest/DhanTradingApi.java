package io.optionsv4.dhan.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.Checks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * The order, portfolio and funds endpoints of Dhan API v2 (reference section 3) as JSON calls, for the broker adapter.
 *
 * <p>Reads ({@code GET}) are retried as every other call of the REST client. Placing, modifying and cancelling an
 * order are sent exactly once, within the order rate limits (at most {@code ordersPerSecond} in any second, 250 in
 * any minute, 1,000 in any hour, 7,000 in any day; shared across processes when the config's rate budget names a
 * directory): a time-out or a dropped connection after sending fails with {@link
 * DhanUnknownOutcomeException}, and any error answer is thrown as it came, never retried. Thread-safe.
 */
public final class DhanTradingApi implements AutoCloseable {

    /** Dhan's order rate limit per second the reference advises (the docs copy shows 25, newer digests 10). */
    public static final int DEFAULT_ORDERS_PER_SECOND = 10;

    private final DhanRestClient client;
    private final String clientId;

    /**
     * Creates the API over Dhan at {@code config}, sending at most {@code ordersPerSecond} order calls a second.
     *
     * @throws IllegalArgumentException when {@code ordersPerSecond} is not in 1..25
     */
    public DhanTradingApi(DhanConfig config, int ordersPerSecond) {
        this(config, ordersPerSecond, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** Creates the API with an injected clock and sleeper (tests). */
    public DhanTradingApi(DhanConfig config, int ordersPerSecond, Clock clock, Sleeper sleeper) {
        Checks.notNull(config, "config");
        Checks.argument(
                ordersPerSecond >= 1 && ordersPerSecond <= 25,
                "ordersPerSecond must be in 1..25 (Dhan's documented order limit) but was " + ordersPerSecond);
        this.clientId = config.clientId();
        this.client = new DhanRestClient(
                config, Checks.notNull(clock, "clock"), Checks.notNull(sleeper, "sleeper"), ordersPerSecond);
    }

    /** Returns the client id the bodies carry as {@code dhanClientId}. */
    public String clientId() {
        return clientId;
    }

    /** {@code POST /orders}, sent once: returns {@code {orderId, orderStatus}}. */
    public JsonNode placeOrder(Map<String, Object> body) {
        return once("POST", "/orders", body);
    }

    /** {@code PUT /orders/{id}}, sent once: returns {@code {orderId, orderStatus}}. */
    public JsonNode modifyOrder(String orderId, Map<String, Object> body) {
        return once("PUT", "/orders/" + segment(orderId), body);
    }

    /** {@code DELETE /orders/{id}}, sent once: returns {@code {orderId, orderStatus}}. */
    public JsonNode cancelOrder(String orderId) {
        return once("DELETE", "/orders/" + segment(orderId), null);
    }

    /** {@code GET /orders}: the day's orders. */
    public JsonNode orders() {
        return get("/orders");
    }

    /** {@code GET /orders/{id}}: one order, an object or a one-element array. */
    public JsonNode order(String orderId) {
        return get("/orders/" + segment(orderId));
    }

    /** {@code GET /orders/external/{correlation id}}: one order, an object or a one-element array. */
    public JsonNode orderByCorrelationId(String correlationId) {
        return get("/orders/external/" + segment(correlationId));
    }

    /** {@code GET /trades}: the day's trades. */
    public JsonNode trades() {
        return get("/trades");
    }

    /** {@code GET /trades/{order id}}: the trades of one order. */
    public JsonNode tradesOf(String orderId) {
        return get("/trades/" + segment(orderId));
    }

    /** {@code GET /positions}. */
    public JsonNode positions() {
        return get("/positions");
    }

    /** {@code GET /fundlimit}. */
    public JsonNode fundLimit() {
        return get("/fundlimit");
    }

    private JsonNode get(String path) {
        return client.call(new DhanRestClient.Call("GET", path, RateLimitGroup.NON_TRADING, null, false));
    }

    private JsonNode once(String method, String path, Object body) {
        return client.call(new DhanRestClient.Call(method, path, RateLimitGroup.ORDER, body, true));
    }

    private static String segment(String id) {
        Checks.notBlank(id, "id");
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        if (encoded.contains("%2F") || ".".equals(id) || "..".equals(id)) {
            throw new MarketDataException("refusing a path segment that is not an id: '" + id + "'");
        }
        return encoded;
    }

    @Override
    public void close() {
        client.close();
    }
}
