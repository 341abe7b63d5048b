package io.optionsv4.core.trade;

import io.optionsv4.core.result.Checks;

/**
 * One change to the execution's books. The execution gathers the changes of one step and commits them together
 * ({@link ExecutionStore#write}) right before its next broker call, so every change is persisted before the broker
 * hears of the next step.
 */
public sealed interface ExecutionWrite {

    /**
     * A new order, stored before it is placed.
     *
     * @param order the order (state SENT)
     * @param broker the broker's name
     */
    record NewOrder(OrderRecord order, String broker) implements ExecutionWrite {
        /** Validates the write. */
        public NewOrder {
            Checks.notNull(order, "order");
            Checks.notBlank(broker, "broker");
        }
    }

    /**
     * An order's new state, found by its correlation id.
     *
     * @param order the order
     */
    record OrderUpdate(OrderRecord order) implements ExecutionWrite {
        /** Validates the write. */
        public OrderUpdate {
            Checks.notNull(order, "order");
        }
    }

    /**
     * A terminal order stored and its fills booked.
     *
     * @param booking the booking
     */
    record Booking(FillBooking booking) implements ExecutionWrite {
        /** Validates the write. */
        public Booking {
            Checks.notNull(booking, "booking");
        }
    }

    /**
     * A move of the state machine, provided the stored execution is still {@code previous}.
     *
     * @param previous the execution as stored
     * @param next the execution after the move
     */
    record Transition(StrategyExecution previous, StrategyExecution next) implements ExecutionWrite {
        /** Validates the write. */
        public Transition {
            Checks.notNull(previous, "previous");
            Checks.notNull(next, "next");
        }
    }

    /**
     * A line of the audit log.
     *
     * @param entry the entry
     */
    record Audit(AuditEntry entry) implements ExecutionWrite {
        /** Validates the write. */
        public Audit {
            Checks.notNull(entry, "entry");
        }
    }
}
