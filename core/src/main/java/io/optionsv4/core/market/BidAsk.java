package io.optionsv4.core.market;

import io.optionsv4.core.result.Checks;

/**
 * The best bid and ask of an option at the quote's moment, with the quantity shown at each where the source reports
 * it. End-of-day files have no book; intraday sources do (Dhan's option chain shows the top quantities, the simulated
 * market shows prices only).
 *
 * @param bid best bid price in rupees per unit, {@code >= 0}
 * @param ask best ask price in rupees per unit, {@code >= bid}
 * @param bidQuantity units bid at {@code bid}, {@code >= 0}; 0 when the source does not report the quantity (a book
 *     level always shows at least one lot, so 0 never means an empty level)
 * @param askQuantity units offered at {@code ask}, {@code >= 0}; 0 when the source does not report the quantity
 */
public record BidAsk(double bid, double ask, long bidQuantity, long askQuantity) {

    /**
     * Validates the quote.
     *
     * @throws IllegalArgumentException naming a negative price or quantity, or a crossed quote
     */
    public BidAsk {
        Checks.nonNegative(bid, "bid");
        Checks.nonNegative(ask, "ask");
        Checks.argument(ask >= bid, () -> "ask " + ask + " must not be below bid " + bid);
        Checks.argument(bidQuantity >= 0, () -> "bidQuantity must be >= 0 but was " + bidQuantity);
        Checks.argument(askQuantity >= 0, () -> "askQuantity must be >= 0 but was " + askQuantity);
    }

    /** Returns the best bid and ask of a source that does not report the quantities. */
    public BidAsk(double bid, double ask) {
        this(bid, ask, 0, 0);
    }

    /** Returns the mid price, {@code (bid + ask) / 2}. */
    public double mid() {
        return 0.5 * (bid + ask);
    }

    /** Returns true when the source reported the quantity on both sides. */
    public boolean hasQuantities() {
        return bidQuantity > 0 && askQuantity > 0;
    }
}
