package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Conviction;

/** The conviction tiers of the allocator: each gets its share of the deployable budget (60/30/10 by default). */
public enum Tier {
    /** Conviction HIGH or VERY_HIGH. */
    HIGH,
    /** Conviction MEDIUM. */
    MEDIUM,
    /** Conviction LOW or VERY_LOW. */
    LOW;

    /** Returns the tier of {@code conviction}. */
    public static Tier of(Conviction conviction) {
        return switch (Checks.notNull(conviction, "conviction")) {
            case VERY_HIGH, HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW, VERY_LOW -> LOW;
        };
    }
}
