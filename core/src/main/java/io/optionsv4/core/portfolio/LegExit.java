package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.Instant;

/**
 * How a traded leg was closed.
 *
 * @param price the exit price per unit, exact, {@code >= 0}
 * @param at when it was closed
 */
public record LegExit(Money price, Instant at) {

    /** Validates the components. */
    public LegExit {
        Checks.notNull(price, "price");
        Checks.argument(!price.isNegative(), () -> "exit price must be >= 0 but was " + price);
        Checks.notNull(at, "at");
    }
}
