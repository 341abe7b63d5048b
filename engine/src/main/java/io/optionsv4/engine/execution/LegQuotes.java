package io.optionsv4.engine.execution;

import io.optionsv4.core.trade.OptionInstrument;
import java.util.OptionalInt;

/**
 * Where the execution reads what the market says about a contract: its latest quote (the limit prices and the price
 * sanity check start from it) and its lot. Implementations may do I/O and throw
 * {@link io.optionsv4.core.market.MarketDataException}.
 */
public interface LegQuotes {

    /**
     * Returns the latest quote of {@code instrument}.
     *
     * @throws io.optionsv4.core.market.MarketDataException when the source has no quote for it
     */
    LegQuote quote(OptionInstrument instrument);

    /**
     * Returns the contract's lot (units per lot) as the market lists it, else as the reference data has it for the
     * contract's month; empty when neither knows it.
     */
    OptionalInt lotSize(OptionInstrument instrument);

    /**
     * Forgets any quote read earlier, so the next {@link #quote} reads the market again: a long-lived service (the
     * monitor's exits) calls it before each exit. Sources that read the market on every call have nothing to forget.
     */
    default void refresh() {}
}
