package io.optionsv4.dhan.rest;

import io.optionsv4.core.result.Checks;
import java.time.Duration;

/**
 * One of Dhan's rate limits as a sliding window: at most {@code limit} calls of a group in any window of {@code
 * length} (reference section 1.5: 20 non-trading calls per second, 250 orders per minute, ...).
 *
 * @param length the window's length, {@code > 0}
 * @param limit the calls allowed in any window of that length, {@code >= 1}
 */
record RateWindow(Duration length, int limit) {

    /**
     * Validates the window.
     *
     * @throws IllegalArgumentException when the length is not positive or the limit below one
     */
    RateWindow {
        Checks.notNull(length, "length");
        Checks.argument(length.isPositive(), "length must be > 0 but was " + length);
        Checks.positive(limit, "limit");
    }

    /** Returns {@code limit} calls per second. */
    static RateWindow perSecond(int limit) {
        return new RateWindow(Duration.ofSeconds(1), limit);
    }

    /** Returns the window lengthened by {@code guard} (a margin for the network's jitter). */
    RateWindow lengthenedBy(Duration guard) {
        return new RateWindow(length.plus(guard), limit);
    }

    /** Returns e.g. {@code 250 per PT1M}. */
    String describe() {
        return limit + " per " + length;
    }
}
