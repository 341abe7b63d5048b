package io.optionsv4.core.selection;

/** Where a leg's premium came from: the mid of a two-sided book, else the day's close (end-of-day data). */
public enum PremiumSource {
    /** Mean of bid and ask. */
    MID,
    /** The close (or last traded price) of the day. */
    CLOSE
}
