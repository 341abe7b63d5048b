package io.optionsv4.core.costs;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One executed NSE option order as the cost stack sees it: its trade date, side, premium per unit and quantity.
 *
 * @param tradeDate the trading day, which picks the rates
 * @param side buy or sell
 * @param premiumPerUnit the traded premium in rupees per unit of the underlying; {@code >= 0} (exchange prices are
 *     whole paise; a model price is rounded half up to the paisa by {@link #premiumTurnover()})
 * @param quantity units of the underlying (lots times lot size); {@code > 0}
 */
public record OptionOrder(LocalDate tradeDate, Side side, double premiumPerUnit, int quantity) {

    /** Validates the components. */
    public OptionOrder {
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(side, "side");
        Checks.nonNegative(premiumPerUnit, "premiumPerUnit");
        Checks.positive(quantity, "quantity");
    }

    /** Returns the premium turnover: the premium per unit rounded half up to the paisa, times the quantity. */
    public Money premiumTurnover() {
        return Money.ofRupees(premiumPerUnit, RoundingMode.HALF_UP).times(quantity);
    }
}
