package io.optionsv4.core.costs;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * One executed option order as a broker books it: its trade date, side and exact premium turnover, the sum of
 * quantity × price over the order's trades (an order filled in parts at several prices is still one order and pays
 * brokerage once).
 *
 * @param tradeDate the trading day, which picks the rates
 * @param side buy or sell
 * @param premiumTurnover the premium traded, {@code >= 0}
 */
public record OrderTurnover(LocalDate tradeDate, Side side, Money premiumTurnover) {

    /** Validates the components. */
    public OrderTurnover {
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(side, "side");
        Checks.notNull(premiumTurnover, "premiumTurnover");
        Checks.argument(!premiumTurnover.isNegative(), () -> "premiumTurnover must be >= 0 but was " + premiumTurnover);
    }
}
