package io.optionsv4.core.probability;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.result.Checks;

/**
 * A position in the underlying itself (stock or future treated as delivered at its entry price), as in a covered call.
 *
 * @param quantity signed units: positive bought, negative sold; not 0
 * @param entryPrice price paid or received per unit in rupees; &gt; 0
 */
public record UnderlyingLeg(int quantity, double entryPrice) implements Leg {

    /** Validates the components. */
    public UnderlyingLeg {
        Checks.nonZero(quantity, "quantity");
        Checks.positive(entryPrice, "entryPrice");
    }

    /** Returns a leg of {@code quantity} signed units bought or sold at {@code entryPrice}. */
    public static UnderlyingLeg of(int quantity, double entryPrice) {
        return new UnderlyingLeg(quantity, entryPrice);
    }

    /** Returns a leg from a side and a positive number of lots: quantity = side sign times lots times lot size. */
    public static UnderlyingLeg of(Side side, double entryPrice, int lots, int lotSize) {
        return new UnderlyingLeg(OptionLeg.signedUnits(side, lots, lotSize), entryPrice);
    }

    @Override
    public double pnlAtExpiry(double spotAtSettlement) {
        return quantity * (spotAtSettlement - entryPrice);
    }

    @Override
    public UnderlyingLeg negated() {
        return new UnderlyingLeg(-quantity, entryPrice);
    }

    @Override
    public double entryCost() {
        return quantity * entryPrice;
    }
}
