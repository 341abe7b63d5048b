package io.optionsv4.marketdata.history;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.reference.TradingCalendar;
import io.optionsv4.marketdata.replay.DataQualityPolicy;
import io.optionsv4.marketdata.replay.DataQualityReport;
import io.optionsv4.marketdata.replay.IndexHistoryLoader;
import io.optionsv4.marketdata.replay.IndexHistoryLoader.IndexHistory;
import io.optionsv4.marketdata.replay.RowWarning;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The real NIFTY 50 and India VIX daily histories the historical market is anchored on, loaded once: the sessions
 * (the dates of {@code nifty50.csv}'s accepted rows) with their closes, India VIX by date with the carry-forward rule,
 * and what the data-quality report lists. Every question takes the date it is about and looks only at that date and
 * earlier ones; the market view makes sure no date after its as-of date is asked. Immutable; thread-safe.
 *
 * <p>India VIX: a session without a VIX row takes the close of the last earlier VIX row when at most {@value
 * #MAX_CARRIED_SESSIONS} sessions in a row lack one (the files lack 19 single days since 2008, e.g. 1 Jan 2020); a
 * longer gap, a session before the first VIX row, or a rejected VIX row in between is a {@link MarketDataException}
 * naming the file (and line).
 */
final class NiftyHistory {

    /** The most sessions in a row whose India VIX may be carried forward. */
    static final int MAX_CARRIED_SESSIONS = 3;

    /** India VIX on a session: the value and the date it was observed (earlier when carried forward). */
    record VixReading(double vix, LocalDate observedOn) {}

    private final IndexHistory nifty;
    private final IndexHistory vix;
    private final long[] sessionDays;
    private final double[] closes;
    private final RangeExtremes extremes;
    private final List<HistoryQualityReport.CarriedVix> carried;
    private final List<LocalDate> missingSessions;

    private NiftyHistory(IndexHistory nifty, IndexHistory vix, TradingCalendar calendar) {
        this.nifty = nifty;
        this.vix = vix;
        if (nifty.candles().isEmpty()) {
            throw new MarketDataException("NIFTY history " + nifty.file() + " has no usable row");
        }
        if (vix.candles().isEmpty()) {
            throw new MarketDataException("India VIX history " + vix.file() + " has no usable row");
        }
        this.sessionDays = nifty.candles().keySet().stream()
                .mapToLong(LocalDate::toEpochDay)
                .toArray();
        this.closes =
                nifty.candles().values().stream().mapToDouble(Candle::close).toArray();
        this.extremes = new RangeExtremes(closes);
        this.carried = carriedVix();
        this.missingSessions = missingSessions(calendar);
    }

    /**
     * Loads the two files.
     *
     * @throws MarketDataException naming the file when one cannot be read or trusted (see {@link IndexHistoryLoader})
     */
    static NiftyHistory load(Path niftyFile, Path vixFile, DataQualityPolicy policy, TradingCalendar calendar) {
        IndexHistory nifty = IndexHistoryLoader.load(niftyFile, "NIFTY", policy);
        IndexHistory vix = IndexHistoryLoader.load(vixFile, "India VIX", policy);
        return new NiftyHistory(nifty, vix, calendar);
    }

    IndexHistory nifty() {
        return nifty;
    }

    IndexHistory vix() {
        return vix;
    }

    LocalDate firstSession() {
        return LocalDate.ofEpochDay(sessionDays[0]);
    }

    LocalDate lastSession() {
        return LocalDate.ofEpochDay(sessionDays[sessionDays.length - 1]);
    }

    /** Returns the index of {@code date} among the sessions, or a negative number when it is not a session. */
    int indexOf(LocalDate date) {
        return Arrays.binarySearch(sessionDays, date.toEpochDay());
    }

    /** Returns the index of the last session strictly before {@code date}, or -1 when there is none. */
    int lastIndexBefore(LocalDate date) {
        int i = indexOf(date);
        return (i >= 0 ? i : -i - 1) - 1;
    }

    LocalDate session(int index) {
        return LocalDate.ofEpochDay(sessionDays[index]);
    }

    double close(int index) {
        return closes[index];
    }

    /** Returns the lowest close of the sessions at indices {@code from..to}. */
    double lowestClose(int from, int to) {
        return extremes.min(from, to);
    }

    /** Returns the highest close of the sessions at indices {@code from..to}. */
    double highestClose(int from, int to) {
        return extremes.max(from, to);
    }

    /**
     * Returns India VIX for {@code session}, carried forward from an earlier row when the day has none.
     *
     * @throws MarketDataException naming the file (and line) when the day's row was rejected, VIX starts later, a
     *     rejected row lies in the gap or the gap is longer than {@value #MAX_CARRIED_SESSIONS} sessions
     */
    VixReading vixOn(LocalDate session) {
        vix.requireNoRejectedRow(session, session);
        Candle candle = vix.candles().get(session);
        if (candle != null) {
            return new VixReading(candle.close(), session);
        }
        Map.Entry<LocalDate, Candle> before = vix.candles().lowerEntry(session);
        if (before == null) {
            throw new MarketDataException("no India VIX for " + session + ": " + vix.file() + " starts on "
                    + vix.candles().firstKey());
        }
        vix.requireNoRejectedRow(before.getKey(), session);
        int gap = sessionsAfter(before.getKey(), session);
        if (gap > MAX_CARRIED_SESSIONS) {
            throw new MarketDataException("no India VIX for " + session + ": " + vix.file() + " has no row for the "
                    + gap + " sessions since " + before.getKey() + " (at most " + MAX_CARRIED_SESSIONS
                    + " are carried forward)");
        }
        return new VixReading(before.getValue().close(), before.getKey());
    }

    /** Returns the report of the rows, carried VIX days and missing sessions dated up to {@code lastDate}. */
    HistoryQualityReport report(LocalDate lastDate) {
        List<RowWarning> rows = new ArrayList<>();
        for (RowWarning w : nifty.warnings()) {
            if (upTo(w, lastDate)) {
                rows.add(w);
            }
        }
        for (RowWarning w : vix.warnings()) {
            if (upTo(w, lastDate)) {
                rows.add(w);
            }
        }
        return new HistoryQualityReport(
                DataQualityReport.of(List.of(nifty.file(), vix.file()), rows),
                carried.stream().filter(c -> !c.session().isAfter(lastDate)).toList(),
                missingSessions.stream().filter(d -> !d.isAfter(lastDate)).toList());
    }

    private static boolean upTo(RowWarning w, LocalDate lastDate) {
        try {
            return !LocalDate.parse(w.key()).isAfter(lastDate);
        } catch (DateTimeException e) {
            return true; // an unreadable date says nothing about any day's prices
        }
    }

    /** Returns the number of sessions after {@code from} up to and including {@code to}. */
    private int sessionsAfter(LocalDate from, LocalDate to) {
        return lastIndexBefore(to.plusDays(1)) - lastIndexBefore(from.plusDays(1));
    }

    private List<HistoryQualityReport.CarriedVix> carriedVix() {
        List<HistoryQualityReport.CarriedVix> result = new ArrayList<>();
        LocalDate firstVix = vix.candles().firstKey();
        for (long day : sessionDays) {
            LocalDate session = LocalDate.ofEpochDay(day);
            if (!session.isBefore(firstVix) && !vix.candles().containsKey(session)) {
                try {
                    VixReading reading = vixOn(session);
                    result.add(new HistoryQualityReport.CarriedVix(session, reading.observedOn(), reading.vix()));
                } catch (MarketDataException e) {
                    // not carried: asking for that day fails with the same message
                }
            }
        }
        return List.copyOf(result);
    }

    private List<LocalDate> missingSessions(TradingCalendar calendar) {
        List<LocalDate> result = new ArrayList<>();
        NavigableMap<LocalDate, Candle> candles = nifty.candles();
        for (LocalDate d = firstSession(); !d.isAfter(lastSession()); d = d.plusDays(1)) {
            if (calendar.covers(d)
                    && calendar.isTradingDay(d)
                    && !candles.containsKey(d)
                    && !nifty.rejectedDates().containsKey(d)) {
                result.add(d);
            }
        }
        return List.copyOf(result);
    }
}
