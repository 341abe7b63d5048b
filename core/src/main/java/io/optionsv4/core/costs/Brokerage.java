package io.optionsv4.core.costs;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.money.Rate;
import io.optionsv4.core.result.Checks;
import java.math.RoundingMode;

/**
 * The broker's fee per executed order: a flat fee, or a percentage of the order's premium turnover capped at a maximum.
 * Settings, not statutory data: the default is Dhan's flat ₹20 per executed F&amp;O order ({@link #DHAN_OPTIONS}).
 *
 * @param maxPerOrder the flat fee, or the cap of the percentage fee; {@code >= 0}
 * @param rateOfTurnover the percentage of premium turnover, or {@link Rate#ZERO} for a flat fee
 */
public record Brokerage(Money maxPerOrder, Rate rateOfTurnover) {

    /** Dhan's fee for options: ₹20 per executed order, whatever its size (dhan.co pricing page, read 2026-11). */
    public static final Brokerage DHAN_OPTIONS = flat(Money.ofWholeRupees(20));

    /** Validates the components. */
    public Brokerage {
        Checks.notNull(maxPerOrder, "maxPerOrder");
        Checks.notNull(rateOfTurnover, "rateOfTurnover");
        Checks.argument(!maxPerOrder.isNegative(), () -> "maxPerOrder must be >= 0 but was " + maxPerOrder);
    }

    /** Returns a flat fee of {@code perOrder} for every executed order. */
    public static Brokerage flat(Money perOrder) {
        return new Brokerage(perOrder, Rate.ZERO);
    }

    /** Returns {@code rate} of the premium turnover, at most {@code cap} per order (e.g. 0.03 % or ₹20). */
    public static Brokerage percentWithCap(Rate rate, Money cap) {
        Checks.argument(rate.partsPerTrillion() > 0, () -> "rate must be > 0 for a percentage fee but was " + rate);
        return new Brokerage(cap, rate);
    }

    /** Returns the fee for one executed order of {@code premiumTurnover}, to the paisa (half up). */
    public Money perOrder(Money premiumTurnover) {
        if (rateOfTurnover.partsPerTrillion() == 0) {
            return maxPerOrder;
        }
        return rateOfTurnover.applyTo(premiumTurnover, RoundingMode.HALF_UP).min(maxPerOrder);
    }
}
