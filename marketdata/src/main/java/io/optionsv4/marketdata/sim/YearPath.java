package io.optionsv4.marketdata.sim;

import io.optionsv4.core.market.Candle;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * One underlying's simulated sessions of one calendar year: the daily candles (prices on the tick grid) and, per
 * session, the instantaneous diffusive variance at the close and the unrounded close the next session starts from.
 * Built by {@link PathSimulator}; the arrays are never exposed. Immutable after construction.
 */
final class YearPath {

    private final List<LocalDate> sessions;
    private final List<Candle> candles;
    private final double[] rawCloses;
    private final double[] variances;
    private final double previousClose;

    YearPath(List<LocalDate> sessions, List<Candle> candles, double[] rawCloses, double[] variances, double previous) {
        this.sessions = List.copyOf(sessions);
        this.candles = List.copyOf(candles);
        this.rawCloses = rawCloses.clone();
        this.variances = variances.clone();
        this.previousClose = previous;
    }

    /** Returns the sessions of the year, oldest first. */
    List<LocalDate> sessions() {
        return sessions;
    }

    /** Returns the candles of the year, oldest first. */
    List<Candle> candles() {
        return candles;
    }

    /** Returns the index of {@code session} in {@link #sessions()}, or −1 when it is not a session. */
    int indexOf(LocalDate session) {
        int i = Collections.binarySearch(sessions, session);
        return i >= 0 ? i : -1;
    }

    /** Returns the unrounded close of session {@code i}. */
    double rawClose(int i) {
        return rawCloses[i];
    }

    /** Returns the unrounded close before session {@code i} (the previous year's last close for {@code i = 0}). */
    double rawPreviousClose(int i) {
        return i == 0 ? previousClose : rawCloses[i - 1];
    }

    /** Returns the annualised instantaneous diffusive variance at the close of session {@code i}. */
    double variance(int i) {
        return variances[i];
    }
}
