package io.optionsv4.core.market;

import io.optionsv4.core.result.Checks;

/**
 * The best bid and ask of an option at the quote's moment. End-of-day files have none; intraday sources do.
 *
 * @param bid best bid price in rupees per unit, {@code >= 0}
 * @param ask best ask price in rupees per unit, {@code >= bid}
 */
public record BidAsk(double bid, double ask) {

    /**
     * Validates the quote.
     *
     * @throws IllegalArgumentException naming a negative price or a crossed quote
     */
    public BidAsk {
        Checks.nonNegative(bid, "bid");
        Checks.nonNegative(ask, "ask");
        Checks.argument(ask >= bid, () -> "ask " + ask + " must not be below bid " + bid);
    }

    /** Returns the mid price, {@code (bid + ask) / 2}. */
    public double mid() {
        return 0.5 * (bid + ask);
    }
}
