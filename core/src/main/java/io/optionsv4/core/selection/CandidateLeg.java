package io.optionsv4.core.selection;

import io.optionsv4.core.costs.LegPrice;
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
 * @param premiumPerUnit the executable price (buy at the ask, sell at the bid), rupees per unit, {@code > 0}
 * @param premiumSource where the reference price comes from: mid or close
 * @param impliedVolatility the contract's implied volatility, annualised decimal
 * @param greeks per-unit Greeks of a long position
 * @param openInterest open interest in units (as the chain reports it)
 * @param volume contracts traded on the day
 * @param spreadFraction (ask - bid) / mid where a book exists
 * @param price the leg's reference (mid or close), bid and ask (quoted or modelled) and executable price; {@code
 *     premiumPerUnit} is its executable price
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
        OptionalDouble spreadFraction,
        LegPrice price) {
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
        Checks.argument(openInterest >= 0, () -> "openInterest must be >= 0 but was " + openInterest);
        Checks.argument(volume >= 0, () -> "volume must be >= 0 but was " + volume);
        Checks.notNull(spreadFraction, "spreadFraction");
        Checks.notNull(price, "price");
        Checks.argument(
                price.executable() == premiumPerUnit && price.side() == side,
                "premiumPerUnit " + premiumPerUnit + " must be the executable " + side + " price of " + price);
    }

    /** Returns the reference price per unit: the mid, or the close where the source has no book. */
    public double referencePerUnit() {
        return price.reference();
    }

    /** Returns the leg as it is stored with a recommendation. */
    public RecommendedLeg toRecommended() {
        return new RecommendedLeg(side, right, strike, expiry, lots, premiumPerUnit, impliedVolatility, greeks);
    }
}
