package io.optionsv4.core.trade.paper;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.Order;
import java.time.Instant;

/**
 * An order of a paper account with the moment it was placed (the trading day it belongs to).
 *
 * @param order the order as it stands
 * @param placedAt when it was placed
 */
public record PaperOrder(Order order, Instant placedAt) {

    /** Validates the components. */
    public PaperOrder {
        Checks.notNull(order, "order");
        Checks.notNull(placedAt, "placedAt");
    }

    /** Returns the broker's order id. */
    public String orderId() {
        return order.orderId();
    }

    /** Returns this record with the order in another state. */
    public PaperOrder with(Order changed) {
        return new PaperOrder(changed, placedAt);
    }
}
