package io.optionsv4.engine.paper;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * NSE's freeze quantities: the largest quantity one order of an underlying's options may carry on a trading day (the
 * exchange rejects larger orders; brokers slice them). The project ships no freeze-limit data (none of the shared NSE
 * files carries it, see {@code docs/reference-data.md}), so the paper broker's default is {@link #NONE} and it
 * enforces a limit only where one is configured.
 */
@FunctionalInterface
public interface FreezeQuantities {

    /** No freeze limit is known for any underlying: nothing is refused for its size. */
    FreezeQuantities NONE = (symbol, tradeDate) -> OptionalInt.empty();

    /**
     * Returns the freeze quantity of {@code symbol}'s options on {@code tradeDate} in units, or empty when none is
     * known.
     */
    OptionalInt maxQuantity(String symbol, LocalDate tradeDate);
}
