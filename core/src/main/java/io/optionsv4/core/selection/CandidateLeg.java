package io.optionsv4.core.selection;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One option leg of a constructed strategy: a listed, traded and priced contract of the chain with the premium the
 * figures use.
 *
 * @param side buy or sell
 * @param right call or put
 * @param strike a strike listed in the chain, rupees
 * @param expiry the contract's expiry
 * @param lots lots of this leg for the whole position ({@code ratio x strategy lots}), {@code > 0}
 * @param premiumPerUnit rupees per unit, {@code > 0}
 * @param premiumSource mid or close
 * @param impliedVolatility the contract's implied volatility, annualised decimal
 * @param greeks per-unit Greeks of a long position
 * @param openInterest open interest in units (as the chain reports it)
 * @param volume contracts traded on the day
 * @param spreadFraction (ask - bid) / mid where a book exists
 */
public record CandidateLeg(
        Side side,
        Right right,
        double strike,
        LocalDate expiry,
        int lots,
        double premiumPerUnit,
        PremiumSource premiumSource,
        double impliedVolatility,
        OptionGreeks greeks,
        long openInterest,
        long volume,
        OptionalDouble spreadFraction) {
    /** Validates the components. */
    public CandidateLeg {
        Checks.notNull(side, "side");
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.notNull(expiry, "expiry");
        Checks.positive(lots, "lots");
        Checks.positive(premiumPerUnit, "premiumPerUnit");
        Checks.notNull(premiumSource, "premiumSource");
        Checks.nonNegative(impliedVolatility, "impliedVolatility");
        Checks.notNull(greeks, "greeks");
        Checks.argument(openInterest >= 0, "openInterest must be >= 0 but was " + openInterest);
        Checks.argument(volume >= 0, "volume must be >= 0 but was " + volume);
        Checks.notNull(spreadFraction, "spreadFraction");
    }

    /** Returns the leg as it is stored with a recommendation. */
    public RecommendedLeg toRecommended() {
        return new RecommendedLeg(side, right, strike, expiry, lots, premiumPerUnit, impliedVolatility, greeks);
    }
}
