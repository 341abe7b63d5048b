package io.optionsv4.dhan.rest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Dhan's documented rate limits as sliding windows, one client-side limiter per group (reference section 1.5): the
 * option chain and its expiry list one request per 3 s, market quotes (LTP, OHLC, quote) one per second, other data
 * APIs (historical and intraday candles) five per second, non-trading APIs (order book, lookups, trades, positions,
 * funds, margin calculator) twenty per second, order APIs (place, modify, cancel) ten per second by default (the
 * reference's safe figure; the docs copy shows 25, and the broker's settings may change it), 250 per minute, 1,000 per
 * hour and 7,000 per day. A group may send up to its limit at once (a burst) as long as no window holds more.
 */
enum RateLimitGroup {
    /** {@code /optionchain} and {@code /optionchain/expirylist}: one request in any 3 s. */
    OPTION_CHAIN(List.of(new RateWindow(Duration.ofSeconds(3), 1))),
    /** {@code /marketfeed/ltp|ohlc|quote}: one request in any second. */
    QUOTE(List.of(RateWindow.perSecond(1))),
    /** {@code /charts/*}: five requests in any second (the daily 100,000 is not tracked client-side). */
    DATA(List.of(RateWindow.perSecond(5))),
    /** Non-trading APIs (order book, lookups, trades, positions, funds, margin calculators): twenty per second. */
    NON_TRADING(List.of(RateWindow.perSecond(20))),
    /** Order APIs ({@code POST/PUT/DELETE /orders}): ten per second unless configured, 250/min, 1,000/h, 7,000/day. */
    ORDER(orderWindows(DhanTradingApi.DEFAULT_ORDERS_PER_SECOND));

    /** The most calls any order window allows: the order log keeps this many. */
    private static final int ORDERS_PER_DAY = 7_000;

    private final List<RateWindow> windows;

    RateLimitGroup(List<RateWindow> windows) {
        this.windows = windows;
    }

    /** Returns the group's documented windows. */
    List<RateWindow> windows() {
        return windows;
    }

    /** Returns the order windows with {@code perSecond} orders a second and Dhan's minute, hour and day limits. */
    static List<RateWindow> orderWindows(int perSecond) {
        return List.of(
                RateWindow.perSecond(perSecond),
                new RateWindow(Duration.ofMinutes(1), 250),
                new RateWindow(Duration.ofHours(1), 1_000),
                new RateWindow(Duration.ofDays(1), ORDERS_PER_DAY));
    }

    /**
     * Returns how many calls the group's log keeps: its largest window limit (for orders the daily 7,000 whatever the
     * per-second limit, so that processes configured differently share one file layout) and calls in flight.
     */
    int capacity() {
        return RateLog.capacityFor(
                this == ORDER
                        ? ORDERS_PER_DAY
                        : windows.stream().mapToInt(RateWindow::limit).max().orElseThrow());
    }

    /** Returns the group's name in file names, e.g. {@code option-chain}. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
