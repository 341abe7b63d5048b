package io.optionsv4.marketdata.history;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.reference.ReferenceCsv;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * NIFTY's market lot by as-of date, series and expiry ({@code nifty_lot_sizes.csv}, circulars cited in its header).
 * NSE revises lots by circular, and some revisions change the lot of contracts already listed on a later date (long-
 * dated contracts, or every contract of a downward revision), so a lot is looked up by the contract's expiry and kind
 * and by the as-of date together. Rows never overlap (checked on load); a contract and date that no row covers is a
 * {@link MarketDataException}, never a guessed lot. Immutable; thread-safe.
 */
final class LotSizeHistory {

    static final String RESOURCE = "nifty_lot_sizes.csv";

    /** Which expiries a row applies to. */
    enum Series {
        /** Weekly and monthly (incl. quarterly and half-yearly) expiries alike. */
        ALL,
        /** Weekly expiries only. */
        WEEKLY,
        /** Monthly, quarterly and half-yearly expiries. */
        MONTHLY;

        boolean covers(ExpiryKind kind) {
            return switch (this) {
                case ALL -> true;
                case WEEKLY -> kind == ExpiryKind.WEEKLY;
                case MONTHLY -> kind == ExpiryKind.MONTHLY;
            };
        }

        boolean overlaps(Series other) {
            return this == ALL || other == ALL || this == other;
        }
    }

    /** One row: the lot of {@code series} contracts expiring in the expiry range, on as-of dates in the as-of range. */
    record Row(
            LocalDate firstAsOf,
            LocalDate lastAsOf,
            Series series,
            Optional<LocalDate> firstExpiry,
            Optional<LocalDate> lastExpiry,
            int unitsPerLot,
            String source,
            int line) {

        boolean covers(LocalDate asOf, ExpiryKind kind, LocalDate expiry) {
            return !asOf.isBefore(firstAsOf)
                    && !asOf.isAfter(lastAsOf)
                    && series.covers(kind)
                    && firstExpiry.map(f -> !expiry.isBefore(f)).orElse(true)
                    && lastExpiry.map(l -> !expiry.isAfter(l)).orElse(true);
        }

        boolean overlaps(Row o) {
            return !firstAsOf.isAfter(o.lastAsOf)
                    && !o.firstAsOf.isAfter(lastAsOf)
                    && series.overlaps(o.series)
                    && !after(firstExpiry, o.lastExpiry)
                    && !after(o.firstExpiry, lastExpiry);
        }

        private static boolean after(Optional<LocalDate> first, Optional<LocalDate> last) {
            return first.isPresent() && last.isPresent() && first.get().isAfter(last.get());
        }
    }

    private final List<Row> rows;

    LotSizeHistory(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Row a = rows.get(i);
            if (a.lastAsOf().isBefore(a.firstAsOf()) || a.unitsPerLot() <= 0) {
                throw new IllegalStateException(RESOURCE + " line " + a.line() + ": invalid row " + a);
            }
            for (int j = i + 1; j < rows.size(); j++) {
                if (a.overlaps(rows.get(j))) {
                    throw new IllegalStateException(RESOURCE + " lines " + a.line() + " and "
                            + rows.get(j).line() + " overlap");
                }
            }
        }
        this.rows = List.copyOf(rows);
    }

    /** Loads the table of this package. */
    static LotSizeHistory load() {
        String header = "first_as_of,last_as_of,series,first_expiry,last_expiry,units_per_lot,source";
        return new LotSizeHistory(ReferenceCsv.read(LotSizeHistory.class, RESOURCE, header).stream()
                .map(r -> new Row(
                        r.date(0),
                        r.date(1),
                        Series.valueOf(r.text(2).toUpperCase(Locale.ROOT)),
                        r.optional(3).map(LocalDate::parse),
                        r.optional(4).map(LocalDate::parse),
                        r.integer(5),
                        r.text(6),
                        r.line()))
                .toList());
    }

    /**
     * Returns the lot of the NIFTY contracts of {@code expiry} on {@code asOf}, for the expiry's contract month.
     *
     * @throws MarketDataException naming the contract, the date and the table when no row covers them
     */
    LotSize lot(Expiry expiry, LocalDate asOf) {
        return rows.stream()
                .filter(r -> r.covers(asOf, expiry.kind(), expiry.date()))
                .findFirst()
                .map(r -> LotSize.of(r.unitsPerLot(), YearMonth.from(expiry.date())))
                .orElseThrow(() -> new MarketDataException("no NIFTY lot size known for the "
                        + expiry.kind().name().toLowerCase(Locale.ROOT) + " contract expiring " + expiry.date()
                        + " as of " + asOf + " in " + RESOURCE + " (it covers "
                        + rows.get(0).firstAsOf() + " to "
                        + rows.get(rows.size() - 1).lastAsOf() + "); a lot is never guessed"));
    }
}
