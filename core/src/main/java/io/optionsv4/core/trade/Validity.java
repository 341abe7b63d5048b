package io.optionsv4.core.trade;

/** How long an order rests. */
public enum Validity {
    /** Until filled, cancelled or the end of the trading day. */
    DAY,
    /** Immediate or cancel: whatever does not fill at once is cancelled. */
    IOC
}
