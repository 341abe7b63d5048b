package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * One open leg at the current market.
 *
 * @param leg the leg
 * @param price what it is worth now, or why that is unknown
 * @param grossAtExecutable the gross P&amp;L if it were closed now at the executable price (settled: at its intrinsic
 *     value); empty when unpriced
 * @param grossAtMid the gross P&amp;L at the mid; empty when unpriced
 * @param exitCosts the estimated charges of closing the leg alone (one order; settled: exercise STT); empty when
 *     unpriced
 */
public record LegValuation(
        TradeLeg leg,
        CurrentPrice price,
        Optional<Money> grossAtExecutable,
        Optional<Money> grossAtMid,
        Optional<Money> exitCosts) {

    /** Validates the components. */
    public LegValuation {
        Checks.notNull(leg, "leg");
        Checks.notNull(price, "price");
        Checks.notNull(grossAtExecutable, "grossAtExecutable");
        Checks.notNull(grossAtMid, "grossAtMid");
        Checks.notNull(exitCosts, "exitCosts");
    }

    /** Returns true when the leg has a current price. */
    public boolean priced() {
        return !(price instanceof CurrentPrice.Unavailable);
    }

    /** Returns the P&amp;L at the executable price net of the charges booked and the estimated exit costs. */
    public Optional<Money> net() {
        return grossAtExecutable.flatMap(
                g -> exitCosts.map(c -> g.minus(leg.charges()).minus(c)));
    }
}
