package io.optionsv4.core.market;

import io.optionsv4.core.result.Checks;

/**
 * The forward price of an option chain's expiry, with the evidence it rests on: for the replay, the put–call parity
 * estimate over traded strikes near the money.
 *
 * @param price the forward in rupees (index points), {@code > 0}
 * @param strikesUsed how many strikes the estimate rests on, {@code > 0}
 * @param spread range of the per-strike estimates in rupees, {@code >= 0}; large values flag stale quotes
 */
public record ForwardPrice(double price, int strikesUsed, double spread) {

    /**
     * Validates the estimate.
     *
     * @throws IllegalArgumentException naming the bad component and its value
     */
    public ForwardPrice {
        Checks.positive(price, "price");
        Checks.positive(strikesUsed, "strikesUsed");
        Checks.nonNegative(spread, "spread");
    }
}
