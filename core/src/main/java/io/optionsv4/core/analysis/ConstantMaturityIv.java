package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The constant-maturity 30-day ATM implied volatility of an underlying: the IV of a (virtual) expiry exactly {@value
 * #TARGET_DAYS} calendar days away, interpolated linearly in total implied variance {@code sigma^2 x days} between the
 * listed expiries on either side of it, as India VIX interpolates its near and next month (NSE, "India VIX: white
 * paper"). It is the IV of the series strategies trade (30-50 DTE) and, unlike the nearest expiry's IV, does not jump
 * when a weekly expires or swing on event days inside a 2-day weekly, so a day's figure is comparable with the days
 * before it.
 *
 * <p>Expiries fewer than {@value #MIN_DAYS} days away are left out while a later one exists (their IV is dominated by
 * the last few sessions, and India VIX rolls past them too). With expiries only before (after) 30 days, the farthest
 * (nearest) one's IV is used, flat. Stateless.
 */
public final class ConstantMaturityIv {

    /** The constant maturity, calendar days. */
    public static final int TARGET_DAYS = 30;

    /** Expiries closer than this many calendar days are used only when no later one exists. */
    public static final int MIN_DAYS = 7;

    private ConstantMaturityIv() {}

    /**
     * Returns the expiries the 30-day IV of {@code asOf} is read from: the last usable expiry before {@value
     * #TARGET_DAYS} days and the first at or after it (one when 30 days lies outside them, none without expiries
     * after {@code asOf}), ascending. A source need only load these chains.
     */
    public static List<LocalDate> bracket(List<LocalDate> expiries, LocalDate asOf) {
        Checks.notNull(expiries, "expiries");
        Checks.notNull(asOf, "asOf");
        List<LocalDate> later = expiries.stream()
                .filter(e -> e.isAfter(asOf))
                .distinct()
                .sorted()
                .toList();
        List<LocalDate> usable =
                later.stream().filter(e -> days(asOf, e) >= MIN_DAYS).toList();
        List<LocalDate> from = usable.isEmpty() ? later : usable;
        LocalDate before = null;
        LocalDate after = null;
        for (LocalDate e : from) {
            if (days(asOf, e) < TARGET_DAYS) {
                before = e;
            } else if (after == null) {
                after = e;
            }
        }
        List<LocalDate> out = new ArrayList<>(2);
        if (before != null) {
            out.add(before);
        }
        if (after != null) {
            out.add(after);
        }
        return out;
    }

    /**
     * One listed expiry's ATM IV.
     *
     * @param calendarDays calendar days from the day to the expiry
     * @param atmIv its ATM implied volatility, annualised decimal
     */
    public record Point(int calendarDays, double atmIv) {

        /** Validates the point. */
        public Point {
            Checks.argument(calendarDays >= 0, () -> "calendarDays must be >= 0 but was " + calendarDays);
            Checks.nonNegative(atmIv, "atmIv");
        }
    }

    /** Returns the 30-day ATM IV from the expected moves of the listed expiries ({@link #of(List)}). */
    public static OptionalDouble ofMoves(List<ExpiryMove> moves) {
        return of(Checks.notNull(moves, "moves").stream()
                .map(m -> new Point(m.calendarDays(), m.atmIv()))
                .toList());
    }

    /**
     * Returns the 30-day ATM IV from the ATM IVs of the listed expiries, or empty when no expiry at least a day away
     * has a positive ATM IV.
     */
    public static OptionalDouble of(List<Point> points) {
        Checks.notNull(points, "points");
        List<Point> priced = points.stream()
                .filter(m -> m.calendarDays() >= 1 && m.atmIv() > 0)
                .sorted(Comparator.comparingInt(Point::calendarDays))
                .toList();
        List<Point> usable =
                priced.stream().filter(m -> m.calendarDays() >= MIN_DAYS).toList();
        List<Point> from = usable.isEmpty() ? priced : usable;
        if (from.isEmpty()) {
            return OptionalDouble.empty();
        }
        Point before = null;
        Point after = null;
        for (Point m : from) {
            if (m.calendarDays() < TARGET_DAYS) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        if (before == null || after == null) {
            return OptionalDouble.of((before == null ? after : before).atmIv());
        }
        double w1 = before.atmIv() * before.atmIv() * before.calendarDays();
        double w2 = after.atmIv() * after.atmIv() * after.calendarDays();
        double share = (double) (TARGET_DAYS - before.calendarDays()) / (after.calendarDays() - before.calendarDays());
        double w = w1 + share * (w2 - w1);
        return OptionalDouble.of(Math.sqrt(Math.max(w, 0.0) / TARGET_DAYS));
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
