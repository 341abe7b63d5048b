package io.optionsv4.marketdata.reference;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.result.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * NSE's expiry dates of an underlying's derivatives, from rules kept as data.
 *
 * <ul>
 *   <li>A monthly expiry is the last rule weekday of the contract month (Thursday until Aug-2025, Tuesday from
 *       Sep-2025); a weekly expiry is every rule weekday that is not the monthly expiry's day.
 *   <li>A holiday moves an expiry to the previous trading day ({@link TradingCalendar}); beyond the calendar's coverage
 *       only weekends and already scheduled holidays are applied and the {@link Expiry} is not {@code confirmed}.
 *   <li>On an as-of date the listed expiries are the next {@code weeklies} weekly expiries, then {@code serial}
 *       consecutive contract months, then the next quarter months (Mar/Jun/Sep/Dec) and half-year months (Jun/Dec),
 *       counts as the listing rule of the underlying says (stocks: 3 monthlies; NIFTY: weeklies, 3 monthlies, 3
 *       quarterlies, 8 half-yearlies). An expiry is listed up to and including its expiry day.
 *   <li>A stock leaving F&amp;O lists no months after its last contract month; as-of dates after that (and before a
 *       known re-entry) throw, because what was listed then is not known.
 * </ul>
 *
 * <p>Periods with no rule throw {@link ReferenceDataException}. Immutable and thread-safe.
 */
public final class ExpiryCalendar {

    private static final int MAX_DAYS_AHEAD = 400;

    private final TradingCalendar calendar;
    private final ExpiryRules rules;

    ExpiryCalendar(TradingCalendar calendar, ExpiryRules rules) {
        this.calendar = Checks.notNull(calendar, "calendar");
        this.rules = Checks.notNull(rules, "rules");
    }

    /**
     * Returns the expiries listed for {@code underlying} on {@code asOf}, earliest first.
     *
     * @throws ReferenceDataException when no rule covers the underlying on that date or in a month it needs
     */
    public List<Expiry> expiries(Underlying underlying, LocalDate asOf) {
        Checks.notNull(underlying, "underlying");
        Checks.notNull(asOf, "asOf");
        String key = key(underlying);
        ExpiryRules.ListingRule listing = rules.listing(key, asOf)
                .orElseThrow(() -> new ReferenceDataException(
                        "no expiry listing rule for " + underlying.symbol() + " as of " + asOf));
        List<Expiry> result = new ArrayList<>(weeklies(underlying, asOf, listing.weeklies()));
        for (YearMonth month : listedMonths(underlying, asOf, listing)) {
            result.add(monthlyExpiry(underlying, month));
        }
        result.sort(Comparator.comparing(Expiry::date));
        return List.copyOf(result);
    }

    /**
     * Returns the monthly expiry of {@code underlying}'s contracts of {@code contractMonth}.
     *
     * @throws ReferenceDataException when no weekday rule covers that month
     */
    public Expiry monthlyExpiry(Underlying underlying, YearMonth contractMonth) {
        Checks.notNull(underlying, "underlying");
        Checks.notNull(contractMonth, "contractMonth");
        LocalDate nominal = nominalMonthly(underlying, contractMonth);
        return expiry(nominal, ExpiryKind.MONTHLY);
    }

    /**
     * Returns the nearest monthly expiry on or after {@code asOf}: the near-month contract's expiry.
     *
     * @throws ReferenceDataException when no weekday rule covers the months needed
     */
    public Expiry nearMonthlyExpiry(Underlying underlying, LocalDate asOf) {
        Checks.notNull(asOf, "asOf");
        YearMonth month = YearMonth.from(asOf);
        Expiry expiry = monthlyExpiry(underlying, month);
        return expiry.date().isBefore(asOf) ? monthlyExpiry(underlying, month.plusMonths(1)) : expiry;
    }

    /** Returns the near-month contract month on {@code asOf}, or empty when no rule covers it. */
    Optional<YearMonth> nearContractMonth(Underlying underlying, LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        if (rules.weekday(key(underlying), month).isEmpty()
                || rules.weekday(key(underlying), month.plusMonths(1)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(nearMonthlyExpiry(underlying, asOf).contractMonth());
    }

    private List<Expiry> weeklies(Underlying underlying, LocalDate asOf, int count) {
        List<Expiry> result = new ArrayList<>();
        for (LocalDate day = asOf; result.size() < count; day = day.plusDays(1)) {
            if (!day.isBefore(asOf.plusDays(MAX_DAYS_AHEAD))) {
                throw new IllegalStateException("weekly expiry search for " + underlying.symbol() + " ran past " + day);
            }
            YearMonth month = YearMonth.from(day);
            if (day.getDayOfWeek() == weekday(underlying, month) && !day.equals(nominalMonthly(underlying, month))) {
                Expiry weekly = expiry(day, ExpiryKind.WEEKLY);
                if (!weekly.date().isBefore(asOf)) {
                    result.add(weekly);
                }
            }
        }
        return result;
    }

    private List<YearMonth> listedMonths(Underlying underlying, LocalDate asOf, ExpiryRules.ListingRule listing) {
        YearMonth near = nearMonthlyExpiry(underlying, asOf).contractMonth();
        rules.exit(underlying.symbol(), near).ifPresent(exit -> {
            throw new ReferenceDataException(underlying.symbol() + " left F&O after its " + exit.lastContractMonth()
                    + " contracts (" + exit.source() + "); its listings as of " + asOf + " are not known");
        });
        YearMonth month = near;
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < listing.serialMonths(); i++) {
            months.add(month);
            month = month.plusMonths(1);
        }
        month = addEvery(months, month, 3, listing.quarterMonths());
        addEvery(months, month, 6, listing.halfYearMonths());
        months.removeIf(m -> rules.exit(underlying.symbol(), m).isPresent());
        return months;
    }

    /** Adds the next {@code count} months from {@code from} on whose number is a multiple of {@code every}. */
    private static YearMonth addEvery(List<YearMonth> months, YearMonth from, int every, int count) {
        YearMonth month = from;
        for (int added = 0; added < count; month = month.plusMonths(1)) {
            if (month.getMonthValue() % every == 0) {
                months.add(month);
                added++;
            }
        }
        return month;
    }

    private Expiry expiry(LocalDate nominal, ExpiryKind kind) {
        return new Expiry(calendar.onOrBeforeForExpiry(nominal), kind, calendar.covers(nominal));
    }

    private LocalDate nominalMonthly(Underlying underlying, YearMonth month) {
        return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekday(underlying, month)));
    }

    private DayOfWeek weekday(Underlying underlying, YearMonth month) {
        return rules.weekday(key(underlying), month)
                .orElseThrow(() -> new ReferenceDataException(
                        "no expiry weekday rule for " + underlying.symbol() + " contracts of " + month));
    }

    private static String key(Underlying underlying) {
        return underlying.isIndex() ? underlying.symbol() : ExpiryRules.STOCK;
    }
}
