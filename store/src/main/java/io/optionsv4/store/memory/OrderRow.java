package io.optionsv4.store.memory;

import io.optionsv4.core.trade.OrderRecord;
import java.time.LocalDate;

/**
 * One row of {@code orders}: its id, the order as it reads back, the broker it was sent to and the trading day its
 * fills were booked on ({@code null} until booked).
 *
 * @param position the order's index in its strategy's list of orders
 */
record OrderRow(long id, OrderRecord order, String broker, LocalDate bookedOn, int position) {

    /** Returns this row with {@code changed} as its order. */
    OrderRow with(OrderRecord changed) {
        return new OrderRow(id, changed, broker, bookedOn, position);
    }

    /** Returns this row booked on {@code day}. */
    OrderRow bookedOn(LocalDate day, OrderRecord changed) {
        return new OrderRow(id, changed, broker, day, position);
    }
}
