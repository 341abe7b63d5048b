package io.optionsv4.engine.execution;

import io.optionsv4.core.costs.PriceSource;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.Instant;

/**
 * The latest quote of one option contract as the pre-trade checks and the limit prices see it. The book may be bad:
 * a side may be missing (zero) or the book crossed; {@link PreTradeChecks} says so instead of this record refusing it.
 *
 * @param instrument the contract
 * @param bid the best bid per unit, exact, {@code >= 0} (zero: none)
 * @param ask the best ask per unit, exact, {@code >= 0} (zero: none)
 * @param asOf when the quote was valid: the fetch for a live source, the session's close for end-of-day data
 * @param source a quoted book, or the spread model around the close where the source has no book
 */
public record LegQuote(OptionInstrument instrument, Money bid, Money ask, Instant asOf, PriceSource source) {

    /** Validates the components. */
    public LegQuote {
        Checks.notNull(instrument, "instrument");
        Checks.notNull(bid, "bid");
        Checks.notNull(ask, "ask");
        Checks.argument(!bid.isNegative() && !ask.isNegative(), "bid " + bid + " and ask " + ask + " must be >= 0");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(source, "source");
    }

    /** Returns true when both sides are quoted and the bid is not above the ask. */
    public boolean sound() {
        return bid.paise() > 0 && ask.paise() > 0 && bid.compareTo(ask) <= 0;
    }

    /** Returns true when the bid is above the ask. */
    public boolean crossed() {
        return bid.paise() > 0 && ask.paise() > 0 && bid.compareTo(ask) > 0;
    }

    /** Returns the mid in rupees, for comparisons only. */
    public double midRupees() {
        return (bid.rupees() + ask.rupees()) / 2;
    }
}
