package io.optionsv4.engine.allocation;

import io.optionsv4.core.allocation.AllocationLeg;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.margin.BasketLeg;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.selection.RecommendedLeg;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The legs of one stored strategy lot in the two forms allocation needs: margin basket legs with their IVs (for
 * {@code core.margin}) and revaluation legs (for the scenario grid), plus the margin market of its underlying.
 *
 * @param symbol the underlying
 * @param market spot, the mean leg IV as the underlying's vol, the rate and the first expiry
 * @param basket one basket leg per option leg, quantity = signed units of one strategy lot
 * @param legs the revaluation legs of one strategy lot
 */
record StrategyLegs(String symbol, MarginMarket market, List<BasketLeg> basket, List<AllocationLeg> legs) {

    /** The index symbol that is margined as an index and is its own beta. */
    static final String NIFTY = "NIFTY";

    /** Builds the legs of {@code s} as of {@code asOf} at the continuously compounded {@code rate}. */
    static StrategyLegs of(StoredStrategy s, int lotSize, LocalDate asOf, double rate) {
        LocalDate first = s.legs().stream()
                .map(RecommendedLeg::expiry)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        double meanVol = s.legs().stream()
                .mapToDouble(RecommendedLeg::impliedVolatility)
                .average()
                .orElse(0);
        UnderlyingKind kind = NIFTY.equals(s.symbol()) ? UnderlyingKind.INDEX : UnderlyingKind.STOCK;
        MarginMarket market = new MarginMarket(kind, s.spot(), meanVol, rate, 0.0, first);
        List<BasketLeg> basket = new ArrayList<>();
        List<AllocationLeg> legs = new ArrayList<>();
        for (RecommendedLeg leg : s.legs()) {
            int units = leg.signedLots() * lotSize;
            double after = TimeToExpiry.years(first, leg.expiry());
            basket.add(new BasketLeg(
                    new OptionLeg(leg.right(), leg.strike(), units, leg.premiumPerUnit(), after),
                    leg.impliedVolatility()));
            legs.add(new AllocationLeg(
                    leg.right(),
                    leg.strike(),
                    TimeToExpiry.years(asOf, leg.expiry()),
                    leg.impliedVolatility(),
                    units,
                    leg.premiumPerUnit()));
        }
        return new StrategyLegs(s.symbol(), market, basket, legs);
    }

    /**
     * Returns the basket legs of {@code lots} strategy lots in a basket whose first expiry is {@code basketFirst} (on
     * or before this strategy's own first expiry).
     */
    List<BasketLeg> basket(int lots, LocalDate basketFirst) {
        double offset = TimeToExpiry.years(basketFirst, market.firstExpiry());
        List<BasketLeg> scaled = new ArrayList<>(basket.size());
        for (BasketLeg b : basket) {
            OptionLeg o = (OptionLeg) b.leg();
            scaled.add(new BasketLeg(
                    new OptionLeg(
                            o.right(),
                            o.strike(),
                            o.quantity() * lots,
                            o.premiumPerUnit(),
                            o.yearsAfterFirstExpiry() + offset),
                    b.impliedVol()));
        }
        return scaled;
    }
}
