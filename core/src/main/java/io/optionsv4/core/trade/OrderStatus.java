package io.optionsv4.core.trade;

/** Where an order is in its life. */
public enum OrderStatus {
    /** Accepted by the broker and resting (Dhan {@code TRANSIT} and {@code PENDING}). */
    PENDING,
    /** Part of the quantity has traded; the rest is resting. */
    PARTIALLY_FILLED,
    /** All of the quantity has traded. */
    FILLED,
    /** Cancelled by the caller or the exchange; any traded part stays traded. */
    CANCELLED,
    /** Refused by the broker or the exchange; nothing traded. */
    REJECTED,
    /** Ended unfilled at the end of its validity; any traded part stays traded. */
    EXPIRED;

    /** Returns true when the order can change no more. */
    public boolean terminal() {
        return this == FILLED || this == CANCELLED || this == REJECTED || this == EXPIRED;
    }

    /** Returns true when the order may still trade. */
    public boolean open() {
        return !terminal();
    }
}
