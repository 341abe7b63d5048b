package io.optionsv4.dhan.rest;

/** The Dhan API v2 REST endpoints this adapter calls, all {@code POST} with a JSON body, with their rate limit. */
enum DhanEndpoint {
    OPTION_CHAIN("/optionchain", RateLimitGroup.OPTION_CHAIN),
    EXPIRY_LIST("/optionchain/expirylist", RateLimitGroup.OPTION_CHAIN),
    LTP("/marketfeed/ltp", RateLimitGroup.QUOTE),
    OHLC("/marketfeed/ohlc", RateLimitGroup.QUOTE),
    QUOTE("/marketfeed/quote", RateLimitGroup.QUOTE),
    HISTORICAL("/charts/historical", RateLimitGroup.DATA),
    INTRADAY("/charts/intraday", RateLimitGroup.DATA),
    MARGIN_CALCULATOR("/margincalculator", RateLimitGroup.NON_TRADING),
    MARGIN_CALCULATOR_MULTI("/margincalculator/multi", RateLimitGroup.NON_TRADING);

    private final String path;
    private final RateLimitGroup group;

    DhanEndpoint(String path, RateLimitGroup group) {
        this.path = path;
        this.group = group;
    }

    /** Returns the path relative to the REST base, e.g. {@code /optionchain}. */
    String path() {
        return path;
    }

    /** Returns the rate-limit group. */
    RateLimitGroup group() {
        return group;
    }

    /** Returns {@code POST /path} for messages. */
    String label() {
        return "POST " + path;
    }
}
