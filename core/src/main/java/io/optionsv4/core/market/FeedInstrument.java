package io.optionsv4.core.market;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a {@link MarketFeed} streams ticks of: an underlying or index ({@link Spot}) or one option ({@link Option}).
 * Symbols are NSE trading symbols, kept upper case.
 */
public sealed interface FeedInstrument permits FeedInstrument.Spot, FeedInstrument.Option {

    /** Returns the NSE symbol of the underlying (the instrument itself for a {@link Spot}). */
    String underlying();

    /**
     * An underlying stock or index, e.g. {@code RELIANCE}, {@code NIFTY}.
     *
     * @param underlying NSE symbol, upper-cased and stripped
     */
    record Spot(String underlying) implements FeedInstrument {

        /**
         * Validates and normalises the symbol.
         *
         * @throws IllegalArgumentException when the symbol is blank
         */
        public Spot {
            underlying = Checks.notBlank(underlying, "underlying").strip().toUpperCase(Locale.ROOT);
        }
    }

    /**
     * One listed option.
     *
     * @param underlying NSE symbol of the underlying, upper-cased and stripped
     * @param expiry expiry date (Asia/Kolkata)
     * @param strike strike in rupees (index points), {@code > 0}
     * @param right call or put
     */
    record Option(String underlying, LocalDate expiry, double strike, Right right) implements FeedInstrument {

        /**
         * Validates and normalises the option.
         *
         * @throws IllegalArgumentException naming the bad component
         */
        public Option {
            underlying = Checks.notBlank(underlying, "underlying").strip().toUpperCase(Locale.ROOT);
            Checks.notNull(expiry, "expiry");
            Checks.positive(strike, "strike");
            Checks.notNull(right, "right");
        }
    }
}
