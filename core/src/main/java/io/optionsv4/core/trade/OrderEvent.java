package io.optionsv4.core.trade;

import io.optionsv4.core.result.Checks;

/**
 * A change in an order's life, as the broker reports it (paper broker at once, Dhan over the order-update stream). Each
 * event carries the order as it stands after the change. Brokers may deliver an event twice or out of order; a
 * consumer keys on the order id and the filled quantity, never on the arrival of an event alone.
 */
public sealed interface OrderEvent {

    /** Returns the order after the change. */
    Order order();

    /**
     * The broker accepted the order; it rests.
     *
     * @param order the order
     */
    record Accepted(Order order) implements OrderEvent {
        /** Validates the event. */
        public Accepted {
            Checks.notNull(order, "order");
        }
    }

    /**
     * Part of the order traded.
     *
     * @param order the order
     * @param fill the trade
     */
    record PartiallyFilled(Order order, Fill fill) implements OrderEvent {
        /** Validates the event. */
        public PartiallyFilled {
            Checks.notNull(order, "order");
            Checks.notNull(fill, "fill");
        }
    }

    /**
     * The last of the order traded.
     *
     * @param order the order
     * @param fill the last trade
     */
    record Filled(Order order, Fill fill) implements OrderEvent {
        /** Validates the event. */
        public Filled {
            Checks.notNull(order, "order");
            Checks.notNull(fill, "fill");
        }
    }

    /**
     * The order was cancelled.
     *
     * @param order the order
     */
    record Cancelled(Order order) implements OrderEvent {
        /** Validates the event. */
        public Cancelled {
            Checks.notNull(order, "order");
        }
    }

    /**
     * The order was refused.
     *
     * @param order the order; its reason says why
     */
    record Rejected(Order order) implements OrderEvent {
        /** Validates the event. */
        public Rejected {
            Checks.notNull(order, "order");
        }
    }

    /**
     * The order ended at the end of its validity.
     *
     * @param order the order
     */
    record Expired(Order order) implements OrderEvent {
        /** Validates the event. */
        public Expired {
            Checks.notNull(order, "order");
        }
    }
}
