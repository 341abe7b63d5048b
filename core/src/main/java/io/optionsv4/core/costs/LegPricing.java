package io.optionsv4.core.costs;

/**
 * The outcome of pricing one leg for execution: a {@link LegPrice} or a {@link BadPrice} naming the contract and the
 * field that made the leg unpriceable.
 */
public sealed interface LegPricing permits LegPrice, BadPrice {

    /** Returns the contract the outcome is about, e.g. {@code "NIFTY 2020-01-30 12000 CALL"}. */
    String contract();
}
