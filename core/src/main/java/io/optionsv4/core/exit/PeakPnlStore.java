package io.optionsv4.core.exit;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The highest net P&amp;L each open strategy has reached (the trailing stop's reference), kept so that a restarted
 * monitor resumes from the peak it had seen instead of from zero. Peaks only rise.
 */
public interface PeakPnlStore {

    /** Returns the stored peak net P&amp;L of {@code strategyId} in rupees, or empty when none was stored. */
    OptionalDouble peak(long strategyId);

    /**
     * Stores {@code peaks} (strategy id to net P&amp;L in rupees) reached at {@code at}; a stored peak that is higher
     * stays.
     */
    void raise(Map<Long, Double> peaks, Instant at);
}
