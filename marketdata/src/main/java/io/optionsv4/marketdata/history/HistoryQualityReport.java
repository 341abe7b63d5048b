package io.optionsv4.marketdata.history;

import io.optionsv4.core.result.Checks;
import io.optionsv4.marketdata.replay.DataQualityReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The data quality of the historical NIFTY market up to its as-of date: the rejected rows of {@code nifty50.csv} and
 * {@code indiavix.csv} (file, line, reason), the sessions whose India VIX was carried forward from an earlier day, and
 * the sessions of NSE's trading calendar that {@code nifty50.csv} lacks (no NIFTY close, so no chain, on those days).
 * Only dates up to the as-of date are listed, so the report reveals nothing later either.
 *
 * @param rows rejected rows of the two files, with file and line
 * @param carriedVix sessions without an India VIX row whose VIX was carried forward, oldest first
 * @param missingNiftySessions NSE sessions (reference trading calendar) absent from the NIFTY file, oldest first
 */
public record HistoryQualityReport(
        DataQualityReport rows, List<CarriedVix> carriedVix, List<LocalDate> missingNiftySessions) {

    /**
     * One session whose India VIX was carried forward.
     *
     * @param session the NIFTY session without a VIX row
     * @param observedOn the last earlier day with a VIX row
     * @param vix the VIX close carried forward, in volatility points
     */
    public record CarriedVix(LocalDate session, LocalDate observedOn, double vix) {

        /** Validates the entry. */
        public CarriedVix {
            Checks.notNull(session, "session");
            Checks.notNull(observedOn, "observedOn");
            Checks.positive(vix, "vix");
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s: no India VIX row; the close of %s (%.2f) is carried forward",
                    session,
                    observedOn,
                    vix);
        }
    }

    /** Validates and copies the parts. */
    public HistoryQualityReport {
        Checks.notNull(rows, "rows");
        carriedVix = List.copyOf(Checks.notNull(carriedVix, "carriedVix"));
        missingNiftySessions = List.copyOf(Checks.notNull(missingNiftySessions, "missingNiftySessions"));
    }

    /** Returns true when no row was rejected, no VIX carried forward and no session is missing. */
    public boolean isClean() {
        return rows.isClean() && carriedVix.isEmpty() && missingNiftySessions.isEmpty();
    }

    /** Returns the report as lines of text for standard error and the log. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(rows.lines());
        lines.add("India VIX carried forward on " + carriedVix.size() + " sessions");
        carriedVix.forEach(c -> lines.add("  " + c));
        lines.add(missingNiftySessions.size() + " NSE sessions missing from the NIFTY history (no chain on them)"
                + (missingNiftySessions.isEmpty() ? "" : ": " + missingNiftySessions));
        return List.copyOf(lines);
    }
}
