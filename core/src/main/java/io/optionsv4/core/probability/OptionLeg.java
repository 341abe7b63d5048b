package io.optionsv4.core.probability;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.result.Checks;

/**
 * A European option leg: right, strike, signed quantity in units, premium per unit paid or received at entry, and the
 * expiry expressed relative to the position's first expiry.
 *
 * @param right call or put
 * @param strike strike price in rupees; &gt; 0
 * @param quantity signed units of the underlying (lots times lot size): positive bought, negative sold; not 0
 * @param premiumPerUnit premium per unit in rupees; &gt;= 0
 * @param yearsAfterFirstExpiry how long after the position's first expiry this leg expires, in years; 0 for a leg
 *     expiring at the first expiry, &gt; 0 for the far legs of calendar and diagonal spreads
 */
public record OptionLeg(Right right, double strike, int quantity, double premiumPerUnit, double yearsAfterFirstExpiry)
        implements Leg {

    /** Validates the components. */
    public OptionLeg {
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.nonZero(quantity, "quantity");
        Checks.nonNegative(premiumPerUnit, "premiumPerUnit");
        Checks.nonNegative(yearsAfterFirstExpiry, "yearsAfterFirstExpiry");
    }

    /** Returns a leg expiring at the first expiry with a signed {@code quantity} in units. */
    public static OptionLeg of(Right right, double strike, int quantity, double premiumPerUnit) {
        return new OptionLeg(right, strike, quantity, premiumPerUnit, 0.0);
    }

    /**
     * Returns a leg expiring at the first expiry from a side and a positive number of lots: quantity = side sign times
     * lots times lot size.
     */
    public static OptionLeg of(Right right, Side side, double strike, double premiumPerUnit, int lots, int lotSize) {
        return of(right, strike, signedUnits(side, lots, lotSize), premiumPerUnit);
    }

    /** Returns a copy that expires {@code years} after the position's first expiry. */
    public OptionLeg withYearsAfterFirstExpiry(double years) {
        return new OptionLeg(right, strike, quantity, premiumPerUnit, years);
    }

    /** Returns true when this leg expires at the position's first expiry. */
    public boolean expiresFirst() {
        return yearsAfterFirstExpiry == 0.0;
    }

    /** Returns the side of this leg: buy for a positive quantity, sell for a negative one. */
    public Side side() {
        return quantity > 0 ? Side.BUY : Side.SELL;
    }

    @Override
    public double pnlAtExpiry(double spotAtSettlement) {
        return quantity * (right.intrinsic(spotAtSettlement, strike) - premiumPerUnit);
    }

    @Override
    public OptionLeg negated() {
        return new OptionLeg(right, strike, -quantity, premiumPerUnit, yearsAfterFirstExpiry);
    }

    @Override
    public double entryCost() {
        return quantity * premiumPerUnit;
    }

    static int signedUnits(Side side, int lots, int lotSize) {
        Checks.notNull(side, "side");
        Checks.positive(lots, "lots");
        Checks.positive(lotSize, "lotSize");
        return Math.multiplyExact(side.sign(), Math.multiplyExact(lots, lotSize));
    }
}
