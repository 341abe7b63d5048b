package io.optionsv4.core.trade.paper;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * One step of a paper account, stored atomically: new or changed orders, and new fills, settlements and ledger entries.
 *
 * @param orders orders to insert or update (keyed by order id)
 * @param fills fills to append
 * @param settlements settlements to append
 * @param ledger ledger entries to append
 */
public record PaperChanges(
        List<PaperOrder> orders, List<BookedFill> fills, List<Settlement> settlements, List<LedgerEntry> ledger) {

    /** Validates and copies the lists. */
    public PaperChanges {
        orders = List.copyOf(Checks.notNull(orders, "orders"));
        fills = List.copyOf(Checks.notNull(fills, "fills"));
        settlements = List.copyOf(Checks.notNull(settlements, "settlements"));
        ledger = List.copyOf(Checks.notNull(ledger, "ledger"));
    }

    /** Returns true when there is nothing to store. */
    public boolean isEmpty() {
        return orders.isEmpty() && fills.isEmpty() && settlements.isEmpty() && ledger.isEmpty();
    }
}
