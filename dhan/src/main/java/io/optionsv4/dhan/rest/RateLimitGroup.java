package io.optionsv4.dhan.rest;

import java.time.Duration;

/**
 * Dhan's documented per-second limits, one client-side limiter per group (reference section 1.5): the option chain and
 * its expiry list one request per 3 s, market quotes (LTP, OHLC, quote) one per second, other data APIs (historical
 * and intraday candles) five per second, non-trading APIs (order book, positions, funds, margin calculator) twenty per
 * second, order APIs (place, modify, cancel) ten per second by default (the reference's safe figure; the docs copy
 * shows 25, and the broker's settings may change it).
 */
enum RateLimitGroup {
    /** {@code /optionchain} and {@code /optionchain/expirylist}: one request every 3 s. */
    OPTION_CHAIN(Duration.ofSeconds(3)),
    /** {@code /marketfeed/ltp|ohlc|quote}: one request per second. */
    QUOTE(Duration.ofSeconds(1)),
    /** {@code /charts/*}: five requests per second. */
    DATA(Duration.ofMillis(200)),
    /** Non-trading APIs ({@code /margincalculator*}, later order book, positions, funds): twenty per second. */
    NON_TRADING(Duration.ofMillis(50)),
    /** Order APIs ({@code POST/PUT/DELETE /orders}): ten per second unless the client is given another spacing. */
    ORDER(Duration.ofMillis(100));

    private final Duration interval;

    RateLimitGroup(Duration interval) {
        this.interval = interval;
    }

    /** Returns the minimum spacing of two requests of the group. */
    Duration interval() {
        return interval;
    }

    /** Returns the group's name in file names, e.g. {@code option-chain}. */
    String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
