package io.optionsv4.core.trade;

import io.optionsv4.core.result.Checks;

/**
 * An underlying's shares on the NSE cash market (the stock leg of a covered call).
 *
 * @param symbol the NSE symbol, upper case
 */
public record EquityInstrument(String symbol) implements Instrument {

    /** Validates the symbol. */
    public EquityInstrument {
        Checks.notBlank(symbol, "symbol");
    }

    @Override
    public String displayName() {
        return symbol + " EQ";
    }
}
