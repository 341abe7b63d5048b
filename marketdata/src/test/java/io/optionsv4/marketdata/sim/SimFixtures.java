package io.optionsv4.marketdata.sim;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.OptionChain;
import java.time.LocalDate;

/** Shared simulated markets and named days for the tests of this package (building a market takes a few 100 ms). */
final class SimFixtures {

    /** The seed of the shared market. */
    static final long SEED = 11L;

    /** The shared market of {@link #SEED}; its caches only ever hold pure functions of their keys. */
    static final SimulatedMarketData MARKET = new SimulatedMarketData(SEED);

    /** A Wednesday inside the reference calendar whose lot tables do not cover it (nearest covered month is used). */
    static final LocalDate MID_2023 = LocalDate.of(2023, 6, 14);

    /** The first day of the real F&amp;O files, inside every reference table. */
    static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);

    /** A Tuesday beyond the reference calendar's coverage (weekday sessions). */
    static final LocalDate FAR_FUTURE = LocalDate.of(2031, 3, 4);

    private SimFixtures() {}

    /** Returns the chain of {@code symbol}'s nearest expiry with at least {@code minDays} days left. */
    static OptionChain chain(String symbol, LocalDate asOf, int minDays) {
        for (Expiry e : MARKET.expiries(symbol, asOf)) {
            if (e.date().toEpochDay() - MARKET.session(asOf).toEpochDay() >= minDays) {
                return MARKET.optionChain(symbol, e.date(), asOf);
            }
        }
        throw new IllegalStateException("no expiry of " + symbol + " " + minDays + " days after " + asOf);
    }
}
