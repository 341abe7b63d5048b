package io.optionsv4.marketdata.history;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.reference.ReferenceCsv;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * NSE's NIFTY strike schemes by date and series ({@code nifty_strike_schemes.csv}, sources in its header) and the
 * strikes an expiry has on a date.
 *
 * <p>NSE lists strikes around the at-the-money strike of the previous session's close (the close rounded to the
 * interval), {@code n} intervals either side, adds new ones as the index moves and never removes a strike with open
 * interest. So the strikes of an expiry on a date are the union, over every segment of its life with one scheme
 * (its long-dated period, then its near period, split where the scheme changed), of the grid from the lowest to the
 * highest previous-session close of the segment widened by {@code n} intervals. The set only grows from session to
 * session. Only closes before the as-of date are read. Immutable; thread-safe.
 */
final class StrikeGrid {

    static final String RESOURCE = "nifty_strike_schemes.csv";

    /** The series a scheme applies to. */
    enum Series {
        /** Weekly expiries and the serial months. */
        NEAR,
        /** Quarterly and half-yearly expiries beyond the serial months. */
        LONG
    }

    /** The scheme of {@code series} on as-of dates {@code first..last}: interval and strikes on each side. */
    record Scheme(LocalDate first, LocalDate last, Series series, long step, int strikesEachSide, String source) {

        boolean covers(Series s, LocalDate date) {
            return series == s && !date.isBefore(first) && !date.isAfter(last);
        }
    }

    private final List<Scheme> schemes;

    StrikeGrid(List<Scheme> schemes) {
        this.schemes = List.copyOf(schemes);
    }

    /** Loads the table of this package. */
    static StrikeGrid load() {
        String header = "first_as_of,last_as_of,series,step,strikes_each_side,source";
        return new StrikeGrid(ReferenceCsv.read(StrikeGrid.class, RESOURCE, header).stream()
                .map(r -> new Scheme(
                        r.date(0),
                        r.date(1),
                        Series.valueOf(r.text(2).toUpperCase(Locale.ROOT)),
                        r.integer(3),
                        r.integer(4),
                        r.text(5)))
                .toList());
    }

    /**
     * Returns the scheme of {@code series} on {@code date}.
     *
     * @throws MarketDataException when no row of the table covers them
     */
    Scheme scheme(Series series, LocalDate date) {
        return schemes.stream()
                .filter(s -> s.covers(series, date))
                .findFirst()
                .orElseThrow(() -> new MarketDataException(
                        "no NIFTY strike scheme for " + series + " expiries on " + date + " in " + RESOURCE));
    }

    /**
     * Returns the strikes (index points, increasing) of an expiry on {@code asOf}.
     *
     * @param history the NIFTY closes
     * @param firstListed the first session the expiry was listed
     * @param firstNear the first session it was a weekly or serial month, or null when it is not near on {@code asOf}
     * @param asOf the as-of session
     * @throws MarketDataException when a segment of the expiry's life has no scheme
     */
    long[] strikes(NiftyHistory history, LocalDate firstListed, LocalDate firstNear, LocalDate asOf) {
        long[] result = new long[0];
        LocalDate longEnd = firstNear == null ? asOf : firstNear.minusDays(1);
        if (!longEnd.isBefore(firstListed)) {
            result = union(result, segments(history, Series.LONG, firstListed, longEnd));
        }
        if (firstNear != null) {
            result = union(result, segments(history, Series.NEAR, firstNear, asOf));
        }
        return result;
    }

    private long[] segments(NiftyHistory history, Series series, LocalDate from, LocalDate to) {
        long[] result = new long[0];
        LocalDate start = from;
        while (!start.isAfter(to)) {
            Scheme scheme = scheme(series, start);
            LocalDate end = scheme.last().isBefore(to) ? scheme.last() : to;
            result = union(result, grid(history, scheme, start, end));
            start = end.plusDays(1);
        }
        return result;
    }

    /** The grid of one scheme around the previous-session closes of the days {@code from..to}. */
    private static long[] grid(NiftyHistory history, Scheme scheme, LocalDate from, LocalDate to) {
        int first = history.lastIndexBefore(from);
        int last = history.lastIndexBefore(to);
        if (last < 0) {
            first = 0;
            last = 0;
        }
        first = Math.max(0, first);
        long step = scheme.step();
        long low = Math.round(history.lowestClose(first, last) / step) - scheme.strikesEachSide();
        long high = Math.round(history.highestClose(first, last) / step) + scheme.strikesEachSide();
        low = Math.max(1, low);
        long[] strikes = new long[(int) Math.max(0, high - low + 1)];
        for (int i = 0; i < strikes.length; i++) {
            strikes[i] = (low + i) * step;
        }
        return strikes;
    }

    /** Returns the sorted union of two sorted arrays without duplicates. */
    static long[] union(long[] a, long[] b) {
        long[] merged = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            long next = j >= b.length || i < a.length && a[i] <= b[j] ? a[i++] : b[j++];
            if (n == 0 || merged[n - 1] != next) {
                merged[n++] = next;
            }
        }
        return Arrays.copyOf(merged, n);
    }
}
