package io.optionsv4.marketdata.history;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.reference.ReferenceCsv;
import io.optionsv4.marketdata.reference.TradingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * NIFTY's listed option expiries on a date, by the rules of the time ({@code nifty_expiry_weekdays.csv}, {@code
 * nifty_listings.csv}, sources in their headers) and NSE's trading calendar for holidays.
 *
 * <ul>
 *   <li>The monthly expiry is the last rule weekday of the contract month (Thursday until Aug-2025, Tuesday from
 *       Sep-2025); weekly expiries are every other rule weekday; a non-trading day moves an expiry to the previous
 *       trading day. {@link Expiry#confirmed()} is true when the calendar covers the nominal date.
 *   <li>On an as-of date: the next {@code weeklies} weekly expiries, the serial months from the near month (the first
 *       month whose expiry is not before the date), then quarter and half-year months after them.
 *   <li>When a rule lists fewer weeklies than the rule before it (7 to 4 in 2022), the weeklies already listed stay
 *       listed until they expire, as on NSE, so an expiry, once listed, is listed every session until it expires.
 * </ul>
 *
 * <p>Uses only the rules and the calendar (NSE's holidays are published ahead), no prices. Immutable; thread-safe.
 */
final class ExpirySchedule {

    static final String WEEKDAYS = "nifty_expiry_weekdays.csv";
    static final String LISTINGS = "nifty_listings.csv";

    private static final int MAX_DAYS_AHEAD = 400;

    /** One listed expiry; {@code near} for weeklies and the serial months, false for quarter and half-year months. */
    record Listed(Expiry expiry, boolean near) {

        LocalDate date() {
            return expiry.date();
        }
    }

    /** Expiries of contract months {@code first..last} fall on {@code weekday}. */
    record WeekdayRule(YearMonth first, YearMonth last, DayOfWeek weekday) {}

    /** What is listed on as-of dates {@code first..last}. */
    record ListingRule(
            LocalDate first, LocalDate last, int weeklies, int serialMonths, int quarterMonths, int halfYearMonths) {}

    private final TradingCalendar calendar;
    private final List<WeekdayRule> weekdays;
    private final TreeMap<LocalDate, ListingRule> listings = new TreeMap<>();

    ExpirySchedule(TradingCalendar calendar, List<WeekdayRule> weekdays, List<ListingRule> listings) {
        this.calendar = calendar;
        this.weekdays = List.copyOf(weekdays);
        for (ListingRule rule : listings) {
            this.listings.put(rule.first(), rule);
        }
    }

    /** Loads the rules of this package over {@code calendar}. */
    static ExpirySchedule load(TradingCalendar calendar) {
        List<WeekdayRule> weekdays =
                ReferenceCsv.read(ExpirySchedule.class, WEEKDAYS, "first_month,last_month,weekday,source").stream()
                        .map(r -> new WeekdayRule(r.month(0), r.month(1), DayOfWeek.valueOf(r.text(2))))
                        .toList();
        String header = "first_as_of,last_as_of,weeklies,serial_months,quarter_months,half_year_months,source";
        List<ListingRule> listings = ReferenceCsv.read(ExpirySchedule.class, LISTINGS, header).stream()
                .map(r -> new ListingRule(r.date(0), r.date(1), r.integer(2), r.integer(3), r.integer(4), r.integer(5)))
                .toList();
        return new ExpirySchedule(calendar, weekdays, listings);
    }

    /**
     * Returns the expiries listed on {@code asOf}, earliest first.
     *
     * @throws MarketDataException when no listing rule covers the date or no weekday rule a month it needs
     */
    List<Listed> listed(LocalDate asOf) {
        ListingRule rule = rule(asOf);
        Map<LocalDate, Listed> byDate = new TreeMap<>();
        Map.Entry<LocalDate, ListingRule> before = listings.lowerEntry(rule.first());
        if (before != null
                && before.getValue().weeklies() > rule.weeklies()
                && asOf.isBefore(rule.first().plusDays(MAX_DAYS_AHEAD))) {
            // Weeklies listed under the previous rule stay until they expire.
            for (Listed w : listed(before.getValue().last())) {
                if (!w.date().isBefore(asOf) && w.expiry().kind() == ExpiryKind.WEEKLY) {
                    byDate.put(w.date(), w);
                }
            }
        }
        for (Expiry weekly : weeklies(asOf, rule.weeklies())) {
            byDate.put(weekly.date(), new Listed(weekly, true));
        }
        YearMonth month = nearMonth(asOf);
        for (int i = 0; i < rule.serialMonths(); i++, month = month.plusMonths(1)) {
            byDate.put(monthly(month).date(), new Listed(monthly(month), true));
        }
        month = addEvery(byDate, month, 3, rule.quarterMonths());
        addEvery(byDate, month, 6, rule.halfYearMonths());
        return List.copyOf(byDate.values());
    }

    /** Returns true when {@code asOf} lies inside the listing rules. */
    boolean covers(LocalDate asOf) {
        Map.Entry<LocalDate, ListingRule> entry = listings.floorEntry(asOf);
        return entry != null && !entry.getValue().last().isBefore(asOf);
    }

    /** Returns the monthly expiry of {@code month}'s contracts. */
    Expiry monthly(YearMonth month) {
        return expiry(nominalMonthly(month), ExpiryKind.MONTHLY);
    }

    private ListingRule rule(LocalDate asOf) {
        if (!covers(asOf)) {
            throw new MarketDataException("no NIFTY expiry listing rule for " + asOf + " in " + LISTINGS
                    + " (it covers " + listings.firstKey() + " to "
                    + listings.lastEntry().getValue().last() + ")");
        }
        return listings.floorEntry(asOf).getValue();
    }

    private List<Expiry> weeklies(LocalDate asOf, int count) {
        List<Expiry> result = new ArrayList<>(count);
        YearMonth month = null;
        DayOfWeek weekday = null;
        LocalDate monthly = null;
        for (LocalDate day = asOf; result.size() < count; day = day.plusDays(1)) {
            if (day.isAfter(asOf.plusDays(MAX_DAYS_AHEAD))) {
                throw new IllegalStateException("NIFTY weekly expiry search from " + asOf + " ran past " + day);
            }
            if (month == null || day.getDayOfMonth() == 1) {
                month = YearMonth.from(day);
                weekday = weekday(month);
                monthly = nominalMonthly(month);
            }
            if (day.getDayOfWeek() == weekday && !day.equals(monthly)) {
                Expiry weekly = expiry(day, ExpiryKind.WEEKLY);
                if (!weekly.date().isBefore(asOf)) {
                    result.add(weekly);
                }
            }
        }
        return result;
    }

    private YearMonth nearMonth(LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        return monthly(month).date().isBefore(asOf) ? month.plusMonths(1) : month;
    }

    /** Adds the next {@code count} months from {@code from} on whose number is a multiple of {@code every}. */
    private YearMonth addEvery(Map<LocalDate, Listed> byDate, YearMonth from, int every, int count) {
        YearMonth month = from;
        for (int added = 0; added < count; month = month.plusMonths(1)) {
            if (month.getMonthValue() % every == 0) {
                Expiry expiry = monthly(month);
                byDate.put(expiry.date(), new Listed(expiry, false));
                added++;
            }
        }
        return month;
    }

    private Expiry expiry(LocalDate nominal, ExpiryKind kind) {
        return new Expiry(calendar.plannedTradingDayOnOrBefore(nominal), kind, calendar.covers(nominal));
    }

    private LocalDate nominalMonthly(YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekday(month)));
    }

    private DayOfWeek weekday(YearMonth month) {
        for (WeekdayRule rule : weekdays) {
            if (!month.isBefore(rule.first()) && !month.isAfter(rule.last())) {
                return rule.weekday();
            }
        }
        throw new MarketDataException("no NIFTY expiry weekday rule for the contracts of " + month + " in " + WEEKDAYS);
    }

    /**
     * Returns the first trading day from which the contract expiring on {@code expiryDate} has been listed ({@code
     * nearOnly}: listed as a weekly or serial month) up to {@code asOf}, when it is listed so on {@code asOf}. Listing
     * is monotone (once listed, listed every day until expiry), so a binary search over the days from the first
     * listing rule to {@code asOf} finds it; only those days are looked at, and the answer is the same for every
     * {@code asOf} of the listing.
     */
    LocalDate firstListed(LocalDate expiryDate, LocalDate asOf, boolean nearOnly) {
        long low = listings.firstKey().toEpochDay();
        long high = asOf.toEpochDay();
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (isListed(expiryDate, LocalDate.ofEpochDay(mid), nearOnly)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        LocalDate first = LocalDate.ofEpochDay(low);
        while (first.isBefore(asOf) && !calendar.isPlannedTradingDay(first)) {
            first = first.plusDays(1);
        }
        return first;
    }

    /** Returns true when the contract expiring on {@code expiryDate} is listed on {@code asOf} (as near if asked). */
    boolean isListed(LocalDate expiryDate, LocalDate asOf, boolean nearOnly) {
        for (Listed listed : listed(asOf)) {
            if (listed.date().equals(expiryDate)) {
                return listed.near() || !nearOnly;
            }
        }
        return false;
    }
}
