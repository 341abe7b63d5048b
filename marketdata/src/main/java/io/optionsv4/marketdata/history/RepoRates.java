package io.optionsv4.marketdata.history;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.reference.ReferenceCsv;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * RBI's policy repo rate by date ({@code rbi_repo_rates.csv}, sources in its header): contiguous inclusive periods,
 * checked on load. The rate the model discounts with is the continuously compounded {@code ln(1 + repo)}. A date no
 * period covers is an error, never the nearest rate. Immutable; thread-safe.
 */
final class RepoRates {

    static final String RESOURCE = "rbi_repo_rates.csv";

    /** One period of a constant repo rate, {@code repo} as an annual decimal (0.0515 = 5.15 %). */
    record Period(LocalDate from, LocalDate to, double repo, String source) {}

    private final NavigableMap<LocalDate, Period> byStart;

    RepoRates(List<Period> periods) {
        NavigableMap<LocalDate, Period> map = new TreeMap<>();
        Period previous = null;
        for (Period p : periods) {
            if (p.to().isBefore(p.from()) || !(p.repo() > 0 && p.repo() < 0.5)) {
                throw new IllegalStateException(RESOURCE + ": invalid period " + p);
            }
            if (previous != null && !p.from().equals(previous.to().plusDays(1))) {
                throw new IllegalStateException(RESOURCE + ": " + p.from() + " does not follow " + previous.to());
            }
            map.put(p.from(), p);
            previous = p;
        }
        this.byStart = map;
    }

    /** Loads the table of this package. */
    static RepoRates load() {
        return new RepoRates(ReferenceCsv.read(RepoRates.class, RESOURCE, "from,to,repo_percent,source").stream()
                .map(r -> new Period(r.date(0), r.date(1), r.decimal(2) / 100.0, r.text(3)))
                .toList());
    }

    /**
     * Returns the repo rate's period containing {@code date}.
     *
     * @throws MarketDataException when no period covers the date
     */
    Period period(LocalDate date) {
        Map.Entry<LocalDate, Period> entry = byStart.floorEntry(date);
        if (entry == null || entry.getValue().to().isBefore(date)) {
            throw new MarketDataException(
                    "no RBI repo rate for " + date + " in " + RESOURCE + " (it covers " + byStart.firstKey() + " to "
                            + byStart.lastEntry().getValue().to() + ")");
        }
        return entry.getValue();
    }

    /** Returns the continuously compounded annual rate {@code ln(1 + repo)} in force on {@code date}. */
    double continuousRate(LocalDate date) {
        return Math.log1p(period(date).repo());
    }
}
