package io.optionsv4.dhan.broker;

import io.optionsv4.core.result.Checks;
import io.optionsv4.dhan.rest.DhanTradingApi;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How the Dhan broker behaves beyond the REST connection ({@link io.optionsv4.dhan.rest.DhanConfig}).
 *
 * @param ordersPerSecond the client-side order rate limit (place, modify, cancel) in any second, 1..25; Dhan's docs
 *     show 25, newer digests 10, so the default is {@value DhanTradingApi#DEFAULT_ORDERS_PER_SECOND}
 * @param orderUpdates the order-update WebSocket ({@link #DEFAULT_ORDER_UPDATES} in production), or empty to rely on
 *     REST polling alone
 * @param reconnectBackoff the first wait before reconnecting the order-update stream (doubling to 30 s), {@code > 0}
 */
public record DhanBrokerSettings(int ordersPerSecond, Optional<URI> orderUpdates, Duration reconnectBackoff) {

    /** Dhan's live order-update WebSocket. */
    public static final URI DEFAULT_ORDER_UPDATES = URI.create("wss://api-order-update.dhan.co");

    /** Ten orders a second, the production order-update stream, reconnects from 1 s. */
    public static final DhanBrokerSettings DEFAULT = new DhanBrokerSettings(
            DhanTradingApi.DEFAULT_ORDERS_PER_SECOND, Optional.of(DEFAULT_ORDER_UPDATES), Duration.ofSeconds(1));

    /** Validates the settings. */
    public DhanBrokerSettings {
        Checks.argument(
                ordersPerSecond >= 1 && ordersPerSecond <= 25,
                "ordersPerSecond must be in 1..25 but was " + ordersPerSecond);
        Checks.notNull(orderUpdates, "orderUpdates");
        Checks.notNull(reconnectBackoff, "reconnectBackoff");
        Checks.argument(reconnectBackoff.isPositive(), "reconnectBackoff must be > 0 but was " + reconnectBackoff);
    }

    /** Returns a copy with another order rate limit. */
    public DhanBrokerSettings withOrdersPerSecond(int perSecond) {
        return new DhanBrokerSettings(perSecond, orderUpdates, reconnectBackoff);
    }

    /** Returns a copy using the order-update WebSocket at {@code url}. */
    public DhanBrokerSettings withOrderUpdates(URI url) {
        return new DhanBrokerSettings(ordersPerSecond, Optional.of(url), reconnectBackoff);
    }

    /** Returns a copy without the order-update WebSocket (REST polling only). */
    public DhanBrokerSettings withoutOrderUpdates() {
        return new DhanBrokerSettings(ordersPerSecond, Optional.empty(), reconnectBackoff);
    }

    /** Returns a copy with another first reconnect wait. */
    public DhanBrokerSettings withReconnectBackoff(Duration backoff) {
        return new DhanBrokerSettings(ordersPerSecond, orderUpdates, backoff);
    }
}
