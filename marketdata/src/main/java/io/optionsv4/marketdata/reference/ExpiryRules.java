package io.optionsv4.marketdata.reference;

import io.optionsv4.core.instrument.LotSize;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The expiry rules as data, read from {@code expiry_weekdays.csv} and {@code expiry_listings.csv}. Rules are keyed by
 * an index symbol or by {@link #STOCK} for every stock.
 */
final class ExpiryRules {

    /** The rule key shared by all stock underlyings. */
    static final String STOCK = "STOCK";

    /** Expiries of {@code underlying} in contract months {@code first..last} fall on {@code weekday}. */
    record WeekdayRule(String underlying, YearMonth first, Optional<YearMonth> last, DayOfWeek weekday) {

        boolean covers(String key, YearMonth month) {
            return underlying.equals(key)
                    && !month.isBefore(first)
                    && last.map(l -> !month.isAfter(l)).orElse(true);
        }
    }

    /** What is listed on as-of dates {@code first..last}: counts of weeklies and monthly series. */
    record ListingRule(
            String underlying,
            LocalDate first,
            Optional<LocalDate> last,
            int weeklies,
            int serialMonths,
            int quarterMonths,
            int halfYearMonths) {

        boolean covers(String key, LocalDate asOf) {
            return underlying.equals(key)
                    && !asOf.isBefore(first)
                    && last.map(l -> !asOf.isAfter(l)).orElse(true);
        }
    }

    /**
     * A stock that left F&amp;O: no contracts after {@code lastContractMonth} until {@code reentryMonth}, the first
     * later month with a known lot, if any. Listings for as-of dates inside the gap are unknown.
     */
    record FnoExit(String symbol, YearMonth lastContractMonth, Optional<YearMonth> reentryMonth, String source) {

        boolean excludes(YearMonth month) {
            return month.isAfter(lastContractMonth)
                    && reentryMonth.map(month::isBefore).orElse(true);
        }
    }

    private final List<WeekdayRule> weekdays;
    private final List<ListingRule> listings;
    private final List<FnoExit> exits;

    ExpiryRules(List<WeekdayRule> weekdays, List<ListingRule> listings, List<FnoExit> exits) {
        this.weekdays = List.copyOf(weekdays);
        this.listings = List.copyOf(listings);
        this.exits = List.copyOf(exits);
    }

    /** Loads the rules from the resources of this package; re-entries after an exit come from the lot table. */
    static ExpiryRules load(LotSizeTable lots) {
        List<FnoExit> exits =
                ReferenceCsv.read("fno_exits.csv", "symbol,last_contract_month,observed_on,source").stream()
                        .map(r -> new FnoExit(
                                r.text(0),
                                r.month(1),
                                lots.lots(r.text(0)).stream()
                                        .map(LotSize::firstContractMonth)
                                        .filter(m -> m.isAfter(r.month(1)))
                                        .min(Comparator.naturalOrder()),
                                r.text(3)))
                        .toList();
        List<WeekdayRule> weekdays =
                ReferenceCsv.read("expiry_weekdays.csv", "underlying,first_month,last_month,weekday").stream()
                        .map(r -> new WeekdayRule(
                                r.text(0),
                                r.month(1),
                                r.optional(2).map(YearMonth::parse),
                                DayOfWeek.valueOf(r.text(3))))
                        .toList();
        List<ListingRule> listings = ReferenceCsv.read(
                        "expiry_listings.csv",
                        "underlying,first_as_of,last_as_of,weeklies,serial_months,quarter_months,half_year_months")
                .stream()
                .map(r -> new ListingRule(
                        r.text(0),
                        r.date(1),
                        r.optional(2).map(LocalDate::parse),
                        r.integer(3),
                        r.integer(4),
                        r.integer(5),
                        r.integer(6)))
                .toList();
        return new ExpiryRules(weekdays, listings, exits);
    }

    Optional<FnoExit> exit(String symbol, YearMonth month) {
        return exits.stream()
                .filter(e -> e.symbol().equals(symbol) && e.excludes(month))
                .findFirst();
    }

    Optional<DayOfWeek> weekday(String key, YearMonth month) {
        return weekdays.stream()
                .filter(rule -> rule.covers(key, month))
                .map(WeekdayRule::weekday)
                .findFirst();
    }

    Optional<ListingRule> listing(String key, LocalDate asOf) {
        return listings.stream().filter(rule -> rule.covers(key, asOf)).findFirst();
    }
}
