package io.optionsv4.core.selection;

/** How strongly the ranking backs a recommendation, as the original's confidence levels. */
public enum Conviction {
    /** Barely passed the filters. */
    VERY_LOW,
    /** Below the median of its day. */
    LOW,
    /** Around the median of its day. */
    MEDIUM,
    /** Clearly above the median. */
    HIGH,
    /** Among the best of its day. */
    VERY_HIGH
}
