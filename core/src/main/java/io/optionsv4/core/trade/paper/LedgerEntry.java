package io.optionsv4.core.trade.paper;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.Instant;

/**
 * One movement of a paper account's cash. The cash balance is the sum of the entries.
 *
 * @param kind what moved the cash
 * @param amount the amount, signed: positive into the account, negative out of it
 * @param bookedAt when it was booked
 * @param reference what it belongs to: a trade id, a contract's display name for a settlement, or empty
 * @param note a short text for the statement
 */
public record LedgerEntry(Kind kind, Money amount, Instant bookedAt, String reference, String note) {

    /** What moved the cash. */
    public enum Kind {
        /** Money paid into the account (the opening deposit). */
        DEPOSIT,
        /** Premium of a fill: paid for a buy (negative), received for a sell (positive). */
        PREMIUM,
        /** The charges booked with a fill or a settlement (negative). */
        CHARGES,
        /** The intrinsic value of an expired position: received when long, paid when short. */
        SETTLEMENT
    }

    /** Validates the components. */
    public LedgerEntry {
        Checks.notNull(kind, "kind");
        Checks.notNull(amount, "amount");
        Checks.notNull(bookedAt, "bookedAt");
        Checks.notNull(reference, "reference");
        Checks.notNull(note, "note");
    }
}
