package io.optionsv4.core.trade;

/**
 * An order as the caller's books know it: the broker's {@link OrderStatus} plus the two states before the broker has
 * answered. {@link #SENT} and {@link #UNKNOWN} orders may or may not exist at the broker: they are looked up by
 * correlation id before anything else is sent.
 */
public enum OrderState {
    /** Persisted just before the place call; a crash may have come before or after the broker saw it. */
    SENT,
    /** The place call failed with {@link BrokerException.Kind#OUTCOME_UNKNOWN}. */
    UNKNOWN,
    /** Accepted and resting. */
    ACCEPTED,
    /** Partly traded, the rest resting. */
    PARTIALLY_FILLED,
    /** Completely traded. */
    FILLED,
    /** Cancelled; any traded part stays traded. */
    CANCELLED,
    /** Refused; nothing traded. */
    REJECTED,
    /** Ended at the end of its validity; any traded part stays traded. */
    EXPIRED;

    /** Returns the state of an order the broker reports in {@code status}. */
    public static OrderState of(OrderStatus status) {
        return switch (status) {
            case PENDING -> ACCEPTED;
            case PARTIALLY_FILLED -> PARTIALLY_FILLED;
            case FILLED -> FILLED;
            case CANCELLED -> CANCELLED;
            case REJECTED -> REJECTED;
            case EXPIRED -> EXPIRED;
        };
    }

    /** Returns true when the order can change no more. */
    public boolean terminal() {
        return this == FILLED || this == CANCELLED || this == REJECTED || this == EXPIRED;
    }

    /** Returns true when the broker's answer is missing: the order must be looked up before anything is sent. */
    public boolean unconfirmed() {
        return this == SENT || this == UNKNOWN;
    }

    /** Returns true when the order rests at the broker and may still trade. */
    public boolean open() {
        return this == ACCEPTED || this == PARTIALLY_FILLED;
    }
}
