package io.optionsv4.core.exit;

/** How soon an action should be carried out, most urgent first. */
public enum Urgency {
    /** Now: a stop, expiry-day risk. */
    HIGH,
    /** Soon: a time exit, a Greek trigger. */
    MEDIUM,
    /** When convenient: a profit target, an adjustment idea. */
    NORMAL
}
