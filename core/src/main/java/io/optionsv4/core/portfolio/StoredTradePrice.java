package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;

/**
 * A traded leg's price that came from one order: its entry price (the order opened it) or its exit price (the order
 * closed it).
 *
 * @param tradeId the {@code trades} row
 * @param role whether the order opened or closed the leg
 * @param quantity the leg's units
 * @param price the stored price per unit
 */
public record StoredTradePrice(long tradeId, PriceFix.Target role, int quantity, Money price) {

    /** Validates the components. */
    public StoredTradePrice {
        Checks.notNull(role, "role");
        Checks.argument(role != PriceFix.Target.ORDER, "a trade's price is an entry or an exit price");
        Checks.positive(quantity, "quantity");
        Checks.notNull(price, "price");
    }
}
