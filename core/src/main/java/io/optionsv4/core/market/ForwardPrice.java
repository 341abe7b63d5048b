package io.optionsv4.core.market;

import io.optionsv4.core.result.Checks;

/**
 * The forward price of an option chain's expiry, with where it comes from and the evidence it rests on.
 *
 * @param price the forward in rupees (index points), {@code > 0}
 * @param source how it was obtained
 * @param strikesUsed how many strikes a put–call parity estimate rests on ({@code > 0}); 0 for a future's price
 * @param spread range of the per-strike parity estimates in rupees, {@code >= 0}; large values flag stale quotes; 0
 *     for a future's price
 */
public record ForwardPrice(double price, Source source, int strikesUsed, double spread) {

    /** Where a forward comes from. */
    public enum Source {
        /** Put–call parity on traded strikes near the money: {@code K + (C − P)/DF}. */
        PUT_CALL_PARITY,
        /** The settlement price of the future of the same expiry, used when no strike has both sides traded. */
        FUTURE
    }

    /**
     * Validates the estimate.
     *
     * @throws IllegalArgumentException naming the bad component and its value, or a strike count that does not match
     *     the source
     */
    public ForwardPrice {
        Checks.positive(price, "price");
        Checks.notNull(source, "source");
        Checks.nonNegative(spread, "spread");
        Checks.argument(
                source == Source.PUT_CALL_PARITY ? strikesUsed > 0 : strikesUsed == 0 && spread == 0,
                "a " + source + " forward cannot rest on " + strikesUsed + " strikes with spread " + spread);
    }

    /** Returns a put–call parity estimate over {@code strikesUsed} strikes. */
    public static ForwardPrice ofParity(double price, int strikesUsed, double spread) {
        return new ForwardPrice(price, Source.PUT_CALL_PARITY, strikesUsed, spread);
    }

    /** Returns a future's price taken as the forward. */
    public static ForwardPrice ofFuture(double price) {
        return new ForwardPrice(price, Source.FUTURE, 0, 0);
    }
}
