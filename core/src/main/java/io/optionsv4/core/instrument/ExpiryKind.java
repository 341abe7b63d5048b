package io.optionsv4.core.instrument;

/**
 * The series an expiry belongs to. Quarterly and half-yearly index contracts are monthly expiries of the quarter or
 * half-year month, so they are {@link #MONTHLY} too.
 */
public enum ExpiryKind {
    /** A weekly index option expiry that is not the month's monthly expiry. */
    WEEKLY,
    /** The month's monthly expiry (futures, stock options, monthly/quarterly/half-yearly index options). */
    MONTHLY
}
