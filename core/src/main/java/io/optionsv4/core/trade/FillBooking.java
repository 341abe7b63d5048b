package io.optionsv4.core.trade;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.Instant;

/**
 * What booking a terminal order's fills adds to the books: its charges (the contract note's cost stack for the order)
 * and when it traded.
 *
 * @param order the order, terminal, with a fill
 * @param charges the order's charges, {@code >= 0}
 * @param at when the order was booked
 */
public record FillBooking(OrderRecord order, Money charges, Instant at) {

    /** Validates the booking. */
    public FillBooking {
        Checks.notNull(order, "order");
        Checks.argument(order.state().terminal(), "order " + order.correlationId() + " is not terminal");
        Checks.positive(order.filledQuantity(), "filledQuantity");
        Checks.notNull(charges, "charges");
        Checks.argument(!charges.isNegative(), "charges must be >= 0 but were " + charges);
        Checks.notNull(at, "at");
    }
}
