package io.optionsv4.core.trade;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;

/**
 * The account's money as the broker reports it.
 *
 * @param available what new orders may use (Dhan {@code availabelBalance})
 * @param utilized margin and premium in use (Dhan {@code utilizedAmount})
 * @param startOfDay the balance at the start of the day (Dhan {@code sodLimit})
 * @param withdrawable what could be withdrawn
 */
public record Funds(Money available, Money utilized, Money startOfDay, Money withdrawable) {

    /** Validates the components. */
    public Funds {
        Checks.notNull(available, "available");
        Checks.notNull(utilized, "utilized");
        Checks.notNull(startOfDay, "startOfDay");
        Checks.notNull(withdrawable, "withdrawable");
    }
}
