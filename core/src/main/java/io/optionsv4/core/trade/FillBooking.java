package io.optionsv4.core.trade;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What booking a terminal order's fills adds to the books: its charges (what the order adds to its trading day's
 * contract note) and when it traded.
 *
 * @param order the order, terminal, with a fill
 * @param charges the order's charges, {@code >= 0}
 * @param tradeDate the trading day whose contract note the order is on
 * @param at when the order was booked
 */
public record FillBooking(OrderRecord order, Money charges, LocalDate tradeDate, Instant at) {

    /** Validates the booking. */
    public FillBooking {
        Checks.notNull(order, "order");
        Checks.argument(order.state().terminal(), () -> "order " + order.correlationId() + " is not terminal");
        Checks.positive(order.filledQuantity(), "filledQuantity");
        Checks.notNull(charges, "charges");
        Checks.argument(!charges.isNegative(), () -> "charges must be >= 0 but were " + charges);
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(at, "at");
    }
}
