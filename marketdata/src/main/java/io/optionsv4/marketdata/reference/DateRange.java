package io.optionsv4.marketdata.reference;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * A closed range of dates, both ends included.
 *
 * @param first first date of the range
 * @param last last date of the range, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    /** Validates that both ends are present and ordered. */
    public DateRange {
        Checks.notNull(first, "first");
        Checks.notNull(last, "last");
        Checks.argument(!last.isBefore(first), "last " + last + " must not be before first " + first);
    }

    /** Returns true when {@code date} lies in the range, ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
