package io.optionsv4.core.trade;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;

/**
 * A broker's position in one instrument: what was bought and sold, and so the net quantity.
 *
 * @param instrument the instrument
 * @param buyQuantity units bought
 * @param buyValue the value of what was bought, exact
 * @param sellQuantity units sold
 * @param sellValue the value of what was sold, exact
 */
public record Position(Instrument instrument, int buyQuantity, Money buyValue, int sellQuantity, Money sellValue) {

    /** Validates the position. */
    public Position {
        Checks.notNull(instrument, "instrument");
        Checks.argument(buyQuantity >= 0, () -> "buyQuantity must be >= 0 but was " + buyQuantity);
        Checks.argument(sellQuantity >= 0, () -> "sellQuantity must be >= 0 but was " + sellQuantity);
        Checks.notNull(buyValue, "buyValue");
        Checks.notNull(sellValue, "sellValue");
    }

    /** Returns bought minus sold units: positive long, negative short, zero flat. */
    public int netQuantity() {
        return buyQuantity - sellQuantity;
    }

    /** Returns true when nothing is held. */
    public boolean flat() {
        return netQuantity() == 0;
    }
}
