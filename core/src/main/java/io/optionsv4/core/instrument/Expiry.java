package io.optionsv4.core.instrument;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A listed expiry date of an underlying's derivatives (the last trading day of the contracts, Asia/Kolkata).
 *
 * @param date the expiry date, already moved to the previous trading day when the rule's day is a holiday
 * @param kind weekly or monthly
 * @param confirmed true when the date lies inside the trading calendar's coverage, so that holidays were applied;
 *     false when it lies beyond and only weekends and holidays already scheduled were applied (a holiday declared
 *     later may still move it)
 */
public record Expiry(LocalDate date, ExpiryKind kind, boolean confirmed) {

    /** Validates that date and kind are present. */
    public Expiry {
        Checks.notNull(date, "date");
        Checks.notNull(kind, "kind");
    }

    /** Returns the contract month: the month of the expiry date, which selects the contract's {@link LotSize}. */
    public YearMonth contractMonth() {
        return YearMonth.from(date);
    }
}
