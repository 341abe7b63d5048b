package io.optionsv4.dhan.wire;

import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.result.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an option chain is built from besides Dhan's response.
 *
 * @param symbol the underlying's NSE symbol
 * @param expiry the expiry date
 * @param tradeDate the session the prices belong to (Asia/Kolkata)
 * @param asOf the instant the chain was fetched; the year fraction runs from here to 15:30 IST on the expiry
 * @param rate continuously compounded annual rate for discounting (decimal)
 * @param lotSize the contracts' lot from the scrip master; Dhan's volume (in units) is divided by it
 */
public record ChainInputs(
        String symbol, LocalDate expiry, LocalDate tradeDate, Instant asOf, double rate, Optional<LotSize> lotSize) {

    /**
     * Validates the inputs.
     *
     * @throws IllegalArgumentException naming a missing or non-finite component
     */
    public ChainInputs {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(expiry, "expiry");
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(asOf, "asOf");
        Checks.finite(rate, "rate");
        Checks.notNull(lotSize, "lotSize");
    }
}
