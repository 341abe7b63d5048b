package io.optionsv4.core.instrument;

import io.optionsv4.core.result.Checks;
import java.time.YearMonth;

/**
 * The exchange's contract multiplier for the contracts of one underlying expiring in a range of months: one lot is
 * {@code unitsPerLot} units (shares, or index units) of the underlying.
 *
 * <p>NSE revises lots from a named contract month on; contracts already listed for earlier months keep their lot. So a
 * lot is keyed by the contract's expiry month, not by the trading date: the lot of a contract is the one whose month
 * range contains its expiry month.
 *
 * @param unitsPerLot units of the underlying per lot, positive
 * @param firstContractMonth first expiry month the lot applies to
 * @param lastContractMonth last expiry month the lot applies to, not before the first
 */
public record LotSize(int unitsPerLot, YearMonth firstContractMonth, YearMonth lastContractMonth) {

    /** Validates the lot (positive) and the month range (present, ordered). */
    public LotSize {
        Checks.positive(unitsPerLot, "unitsPerLot");
        Checks.notNull(firstContractMonth, "firstContractMonth");
        Checks.notNull(lastContractMonth, "lastContractMonth");
        Checks.argument(
                !lastContractMonth.isBefore(firstContractMonth),
                () -> "lastContractMonth " + lastContractMonth + " must not be before firstContractMonth "
                        + firstContractMonth);
    }

    /** Returns a lot that applies to the contracts of one expiry month only. */
    public static LotSize of(int unitsPerLot, YearMonth contractMonth) {
        return new LotSize(unitsPerLot, contractMonth, contractMonth);
    }

    /** Returns true when this lot applies to contracts expiring in {@code contractMonth}. */
    public boolean appliesTo(YearMonth contractMonth) {
        return !contractMonth.isBefore(firstContractMonth) && !contractMonth.isAfter(lastContractMonth);
    }

    /**
     * Returns the exchange quantity in units for a signed number of lots (negative for a short position keeps its
     * sign).
     *
     * @throws ArithmeticException if the quantity overflows a long (it cannot for an int lot count)
     */
    public long toUnits(int lots) {
        return Math.multiplyExact((long) lots, unitsPerLot);
    }
}
