package io.optionsv4.core.trade.paper;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * A paper account as stored: everything it ever booked, in booking order, and the version the store gave it.
 *
 * @param account the account's name
 * @param version the account's version; every stored step raises it by one
 * @param orders every order, in placement order
 * @param fills every fill, in trade order
 * @param settlements every expiry settlement, in booking order
 * @param ledger every cash movement, in booking order
 */
public record PaperBook(
        String account,
        long version,
        List<PaperOrder> orders,
        List<BookedFill> fills,
        List<Settlement> settlements,
        List<LedgerEntry> ledger) {

    /** Validates and copies the lists. */
    public PaperBook {
        Checks.notBlank(account, "account");
        Checks.argument(version >= 0, () -> "version must be >= 0 but was " + version);
        orders = List.copyOf(Checks.notNull(orders, "orders"));
        fills = List.copyOf(Checks.notNull(fills, "fills"));
        settlements = List.copyOf(Checks.notNull(settlements, "settlements"));
        ledger = List.copyOf(Checks.notNull(ledger, "ledger"));
    }
}
