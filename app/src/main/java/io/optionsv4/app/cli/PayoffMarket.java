package io.optionsv4.app.cli;

import io.optionsv4.core.instrument.UnderlyingKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a {@code payoff} position trades: the underlying's symbol (empty when not given), whether it is an index
 * (cash settled, index margin rates and spreads) or a stock, and the trade date when the input names one.
 *
 * @param symbol the underlying's symbol, or empty
 * @param kind index or stock
 * @param asOf the trade date given by the input ({@code as_of}, or derived from an analysed strategy)
 */
record PayoffMarket(String symbol, UnderlyingKind kind, Optional<LocalDate> asOf) {

    /** A stock position without a symbol or date. */
    static final PayoffMarket DEFAULT = new PayoffMarket("", UnderlyingKind.STOCK, Optional.empty());

    /** Returns this market with the trade date {@code date} when {@code date} is present. */
    PayoffMarket withAsOf(Optional<LocalDate> date) {
        return date.isPresent() ? new PayoffMarket(symbol, kind, date) : this;
    }
}
