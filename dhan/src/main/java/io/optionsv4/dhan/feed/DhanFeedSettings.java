package io.optionsv4.dhan.feed;

import io.optionsv4.core.result.Checks;
import java.net.URI;
import java.time.Duration;

/**
 * How the Dhan live market feed connects and what it asks for.
 *
 * @param url the feed's WebSocket base ({@link #DEFAULT_URL} in production; tests point it at a loopback fake); the
 *     query {@code version=2&token=..&clientId=..&authType=2} is added when connecting
 * @param mode what each instrument streams: {@link Mode#QUOTE} (last price and OHLC) or {@link Mode#FULL} (also the
 *     best bid and ask of five levels)
 * @param initialBackoff the first wait before reconnecting, {@code > 0}; doubles per failed attempt
 * @param maxBackoff the longest wait before reconnecting, not below {@code initialBackoff}
 * @param sendTimeout how long one subscribe message may take to send before the connection is treated as broken
 */
public record DhanFeedSettings(URI url, Mode mode, Duration initialBackoff, Duration maxBackoff, Duration sendTimeout) {

    /** Dhan's live market feed. */
    public static final URI DEFAULT_URL = URI.create("wss://api-feed.dhan.co");

    /** Full mode (best bid and ask), reconnects from 1 s up to 60 s, 10 s to send a message. */
    public static final DhanFeedSettings DEFAULT = new DhanFeedSettings(
            DEFAULT_URL, Mode.FULL, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(10));

    /** The subscription mode, with its request codes (reference section 4.3). */
    public enum Mode {
        /** Quote packets (code 4): last price, volume, OHLC; no depth. Request codes 17 / 18. */
        QUOTE(17),
        /** Full packets (code 8): as quote plus open interest and five depth levels. Request codes 21 / 22. */
        FULL(21);

        private final int subscribeCode;

        Mode(int subscribeCode) {
            this.subscribeCode = subscribeCode;
        }

        /** Returns the subscribe request code. */
        public int subscribeCode() {
            return subscribeCode;
        }

        /** Returns the unsubscribe request code (subscribe + 1). */
        public int unsubscribeCode() {
            return subscribeCode + 1;
        }
    }

    /** Validates the settings. */
    public DhanFeedSettings {
        Checks.notNull(url, "url");
        Checks.argument(
                "wss".equals(url.getScheme()) || ("ws".equals(url.getScheme()) && isLoopback(url)),
                "the feed URL must be wss:// (ws:// only for a loopback test server) but was " + url);
        Checks.notNull(mode, "mode");
        Checks.notNull(initialBackoff, "initialBackoff");
        Checks.notNull(maxBackoff, "maxBackoff");
        Checks.notNull(sendTimeout, "sendTimeout");
        Checks.argument(initialBackoff.isPositive(), "initialBackoff must be > 0 but was " + initialBackoff);
        Checks.argument(maxBackoff.compareTo(initialBackoff) >= 0, "maxBackoff must not be below initialBackoff");
        Checks.argument(sendTimeout.isPositive(), "sendTimeout must be > 0 but was " + sendTimeout);
    }

    private static boolean isLoopback(URI url) {
        String host = String.valueOf(url.getHost());
        return "127.0.0.1".equals(host) || "localhost".equals(host);
    }

    /** Returns a copy with another URL. */
    public DhanFeedSettings withUrl(URI newUrl) {
        return new DhanFeedSettings(newUrl, mode, initialBackoff, maxBackoff, sendTimeout);
    }

    /** Returns a copy with another mode. */
    public DhanFeedSettings withMode(Mode newMode) {
        return new DhanFeedSettings(url, newMode, initialBackoff, maxBackoff, sendTimeout);
    }

    /** Returns a copy with other reconnect waits. */
    public DhanFeedSettings withBackoff(Duration initial, Duration max) {
        return new DhanFeedSettings(url, mode, initial, max, sendTimeout);
    }
}
