package io.optionsv4.core.margin;

import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.result.Checks;

/**
 * One leg of a margin basket: an option or underlying leg of {@code core.probability} (signed units, premium or entry
 * price per unit) with the volatility its option is repriced at.
 *
 * @param leg an {@code OptionLeg} (its {@code premiumPerUnit} is the market price used for the net option value) or an
 *     {@code UnderlyingLeg} (stock or future)
 * @param impliedVol the option's annualised implied volatility (decimal), {@code >= 0}; ignored for underlying legs
 */
public record BasketLeg(Leg leg, double impliedVol) {

    /** Validates the components. */
    public BasketLeg {
        Checks.notNull(leg, "leg");
        Checks.nonNegative(impliedVol, "impliedVol");
    }
}
