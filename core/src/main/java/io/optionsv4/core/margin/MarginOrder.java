package io.optionsv4.core.margin;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * One option order of a basket sent to a broker's margin calculator.
 *
 * @param right call or put
 * @param strike the contract's strike, rupees
 * @param expiry the contract's expiry
 * @param side buy or sell
 * @param quantity units (lots x lot size), {@code > 0}
 * @param pricePerUnit the limit price, rupees per unit, {@code >= 0}
 */
public record MarginOrder(Right right, double strike, LocalDate expiry, Side side, int quantity, double pricePerUnit) {

    /** Validates the components. */
    public MarginOrder {
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.notNull(expiry, "expiry");
        Checks.notNull(side, "side");
        Checks.positive(quantity, "quantity");
        Checks.nonNegative(pricePerUnit, "pricePerUnit");
    }
}
