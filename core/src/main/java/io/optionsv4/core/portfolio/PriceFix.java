package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.util.Optional;

/**
 * A stored price to replace with the broker's: an order's average price, or a traded leg's entry or exit price. The
 * store applies it only while the row still holds {@code storedPrice}, so a fix never overwrites a newer write.
 *
 * @param target which price
 * @param rowId the {@code orders} or {@code trades} row
 * @param correlationId the order's tag, for the audit log
 * @param storedPrice the price stored now, empty when none is
 * @param brokerPrice the broker's average fill price, rounded half-even to the paisa, {@code > 0}
 */
public record PriceFix(
        Target target, long rowId, String correlationId, Optional<Money> storedPrice, Money brokerPrice) {

    /** Validates the components. */
    public PriceFix {
        Checks.notNull(target, "target");
        Checks.notBlank(correlationId, "correlationId");
        Checks.notNull(storedPrice, "storedPrice");
        Checks.notNull(brokerPrice, "brokerPrice");
        Checks.argument(brokerPrice.paise() > 0, () -> "brokerPrice must be > 0 but was " + brokerPrice);
    }

    /** Which stored price a fix replaces. */
    public enum Target {
        /** {@code orders.average_price_paise}. */
        ORDER,
        /** {@code trades.entry_price_paise}. */
        TRADE_ENTRY,
        /** {@code trades.exit_price_paise} (and the realised P&amp;L with it). */
        TRADE_EXIT
    }
}
