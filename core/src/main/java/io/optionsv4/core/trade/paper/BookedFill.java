package io.optionsv4.core.trade.paper;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.Fill;

/**
 * A fill with the charges booked for it: the growth of its trading day's contract note that the fill caused, so the
 * charges of a day's fills add up to the day's contract note exactly (STT and stamp duty rounded to the rupee on the
 * day's totals, see {@code docs/paper-broker.md}).
 *
 * @param fill the trade
 * @param charges the charges booked with it, each component {@code >= 0}
 */
public record BookedFill(Fill fill, Charges charges) {

    /** Validates the components. */
    public BookedFill {
        Checks.notNull(fill, "fill");
        Checks.notNull(charges, "charges");
    }
}
