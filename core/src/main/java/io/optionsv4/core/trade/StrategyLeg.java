package io.optionsv4.core.trade;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * One option leg of a stored strategy as execution needs it.
 *
 * @param legIndex the leg's index in the strategy ({@code strategy_details.leg_index})
 * @param side buy or sell
 * @param right call or put
 * @param strike the strike, exact
 * @param expiry the expiry
 * @param lots lots per strategy lot, {@code > 0} (a 1:2 ratio spread has 1 and 2)
 * @param premiumPerUnit the premium the analysis used, rupees per unit, {@code >= 0}
 */
public record StrategyLeg(
        int legIndex, Side side, Right right, Money strike, LocalDate expiry, int lots, double premiumPerUnit) {

    /** Validates the leg. */
    public StrategyLeg {
        Checks.argument(legIndex >= 0, () -> "legIndex must be >= 0 but was " + legIndex);
        Checks.notNull(side, "side");
        Checks.notNull(right, "right");
        Checks.notNull(strike, "strike");
        Checks.argument(strike.paise() > 0, () -> "strike must be > 0 but was " + strike);
        Checks.notNull(expiry, "expiry");
        Checks.positive(lots, "lots");
        Checks.nonNegative(premiumPerUnit, "premiumPerUnit");
    }

    /** Returns the contract of this leg on {@code symbol}. */
    public OptionInstrument instrument(String symbol) {
        return new OptionInstrument(symbol, right, strike, expiry);
    }
}
