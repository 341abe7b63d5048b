package io.optionsv4.core.trade;

/** How an order is priced. */
public enum OrderType {
    /** At the best available price; the broker may reject market orders on illiquid option strikes. */
    MARKET,
    /** At the limit price or better. */
    LIMIT
}
