package io.optionsv4.core.probability;

/**
 * One leg of a position whose profit and loss is analysed: an {@link OptionLeg} or an {@link UnderlyingLeg}.
 *
 * <p>Quantities are signed exchange units (shares of the underlying): positive long, negative short. P&amp;L figures
 * are rupees for the whole leg and include the premium paid or received at entry (no financing, no charges).
 */
public sealed interface Leg permits OptionLeg, UnderlyingLeg {

    /** Returns the signed quantity in units of the underlying: positive long, negative short. */
    int quantity();

    /**
     * Returns this leg's P&amp;L in rupees when it is settled with the underlying at {@code spotAtSettlement}: the
     * intrinsic value (or the underlying's price) minus the entry price, times the signed quantity.
     */
    double pnlAtExpiry(double spotAtSettlement);

    /** Returns the opposite leg: same instrument and entry price, quantity negated. */
    Leg negated();

    /**
     * Returns the rupees paid (positive) or received (negative) for this leg at entry: quantity times entry price.
     */
    double entryCost();
}
