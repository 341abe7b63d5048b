package io.optionsv4.core.strategy;

/** Which of a strategy's expiries a leg uses: the near one, or the far one of a calendar or diagonal spread. */
public enum ExpirySlot {
    /** The first (nearer) expiry; every leg of a single-expiry strategy. */
    NEAR,
    /** The later expiry of a calendar or diagonal spread. */
    FAR
}
