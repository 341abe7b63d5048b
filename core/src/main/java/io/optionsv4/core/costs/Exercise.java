package io.optionsv4.core.costs;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.math.RoundingMode;

/**
 * A long option exercised at expiry: what the exercise STT is levied on. Short options assigned at expiry pay no
 * further STT (their STT was paid on the premium when sold), so only long legs become exercises.
 *
 * @param right call or put
 * @param strike the strike in rupees; {@code > 0}
 * @param quantity units held long; {@code > 0}
 * @param settlementPrice the underlying's final settlement price in rupees; {@code > 0}
 */
public record Exercise(Right right, double strike, int quantity, double settlementPrice) {

    /** Validates the components. */
    public Exercise {
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.positive(quantity, "quantity");
        Checks.positive(settlementPrice, "settlementPrice");
    }

    /** Returns true when the option is in the money at the settlement price (and so is exercised). */
    public boolean inTheMoney() {
        return right.intrinsic(settlementPrice, strike) > 0;
    }

    /**
     * Returns the full settlement value, the exercise STT's base from 2008-06-01 to 2019-08-31: the settlement price
     * rounded half up to the paisa, times quantity.
     */
    public Money settlementValue() {
        return Money.ofRupees(settlementPrice, RoundingMode.HALF_UP).times(quantity);
    }

    /**
     * Returns the intrinsic value, the exercise STT's base from 2019-09-01: intrinsic per unit rounded half up to the
     * paisa, times quantity.
     */
    public Money intrinsicValue() {
        return Money.ofRupees(right.intrinsic(settlementPrice, strike), RoundingMode.HALF_UP)
                .times(quantity);
    }
}
