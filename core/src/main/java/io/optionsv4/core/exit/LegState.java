package io.optionsv4.core.exit;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.result.Checks;

/**
 * One open option leg as the exit rules see it.
 *
 * @param side long or short
 * @param right call or put
 * @param strike the strike
 * @param physicallySettled true for stock options (NSE settles them by delivery), false for index options
 * @param description the contract for messages, e.g. {@code RELIANCE 29DEC2026 1300 CE}
 */
public record LegState(Side side, Right right, double strike, boolean physicallySettled, String description) {

    /** Validates the leg. */
    public LegState {
        Checks.notNull(side, "side");
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.notBlank(description, "description");
    }

    /** Returns true when the option is in the money at {@code underlying}. */
    public boolean inTheMoney(double underlying) {
        return right.intrinsic(underlying, strike) > 0;
    }
}
