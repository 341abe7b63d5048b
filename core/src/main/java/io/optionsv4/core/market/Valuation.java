package io.optionsv4.core.market;

import io.optionsv4.core.result.Checks;

/**
 * What the model makes of an option quote: {@link Priced} with an implied volatility and Greeks, or {@link Unpriced}
 * with the reason. Nothing is invented for an option whose price says nothing (untraded) or that no volatility fits.
 */
public sealed interface Valuation permits Valuation.Priced, Valuation.Unpriced {

    /** Returns the quality: {@link QuoteQuality#OK} for {@link Priced}, the reason for {@link Unpriced}. */
    QuoteQuality quality();

    /**
     * An option with an implied volatility and the Greeks at that volatility.
     *
     * @param impliedVolatility annualised decimal (0.12 = 12 %), finite and {@code >= 0}
     * @param greeks sensitivities at {@code impliedVolatility}
     */
    record Priced(double impliedVolatility, OptionGreeks greeks) implements Valuation {

        /**
         * Validates the volatility and Greeks.
         *
         * @throws IllegalArgumentException naming the bad component
         */
        public Priced {
            Checks.nonNegative(impliedVolatility, "impliedVolatility");
            Checks.notNull(greeks, "greeks");
        }

        @Override
        public QuoteQuality quality() {
            return QuoteQuality.OK;
        }
    }

    /**
     * An option without implied volatility.
     *
     * @param quality why: {@link QuoteQuality#UNTRADED}, {@link QuoteQuality#NO_IV} or {@link QuoteQuality#NO_FORWARD}
     * @param reason a short explanation, e.g. the solver's status {@code BELOW_INTRINSIC}
     */
    record Unpriced(QuoteQuality quality, String reason) implements Valuation {

        /**
         * Validates the reason.
         *
         * @throws IllegalArgumentException when the quality is OK or the reason blank
         */
        public Unpriced {
            Checks.notNull(quality, "quality");
            Checks.argument(quality != QuoteQuality.OK, "an unpriced valuation cannot have quality OK");
            Checks.notBlank(reason, "reason");
        }
    }
}
