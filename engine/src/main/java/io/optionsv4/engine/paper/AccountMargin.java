package io.optionsv4.engine.paper;

import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.margin.BasketLeg;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.margin.RememberedMargins;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The margin of a set of option contracts with the local NSE-like model ({@link MarginCalculator}): the contracts are
 * grouped by underlying and each group is margined as one basket, so hedges offset (a long wing lowers the margin of
 * the short strike it covers); the total is the sum over underlyings, as at the exchange.
 *
 * <p>The market of an underlying: its spot (the chain's, else its forward, else the underlying's last price), the
 * at-the-money implied volatility of its nearest expiry, that chain's rate. Each contract is valued at its reference
 * price (mid, else close) and its own implied volatility; a contract the chain no longer lists is valued by
 * Black–Scholes–Merton at the ATM volatility. A basket margined before on the same day in the same market is not
 * margined again ({@link RememberedMargins}). Not thread-safe (it uses a {@link MarketView}).
 */
final class AccountMargin {

    /**
     * Figures remembered across steps: a step margins the portfolio before and after its order, and an exit that
     * chases its price margins the same portfolio at every step until it fills.
     */
    private static final int REMEMBERED = 64;

    private final RememberedMargins margins;

    AccountMargin(MarginCalculator calculator) {
        this.margins = new RememberedMargins(Checks.notNull(calculator, "calculator"), REMEMBERED);
    }

    /**
     * A contract in a basket with its signed units and, when it is an order rather than a position, the price it is
     * valued at.
     *
     * @param contract the contract
     * @param units signed units: positive long, negative short
     * @param price the premium per unit to value it at, or empty for the market's reference price
     */
    record Holding(OptionInstrument contract, int units, OptionalDouble price) {}

    /**
     * Returns SPAN plus exposure margin of the holdings: what the exchange blocks on top of the premium already paid.
     *
     * @throws BrokerException of kind {@code UNAVAILABLE} when an underlying has no market to margin it against
     */
    Money spanAndExposure(List<Holding> holdings, MarketView market) {
        Money total = Money.ZERO;
        for (MarginRequirement r : requirements(holdings, market)) {
            total = total.plus(r.span()).plus(r.exposure());
        }
        return total;
    }

    /**
     * Returns the margin of the holdings as a broker's margin calculator reports it: SPAN, exposure and the net premium
     * of a debit, per underlying.
     */
    Money total(List<Holding> holdings, MarketView market) {
        Money total = Money.ZERO;
        for (MarginRequirement r : requirements(holdings, market)) {
            total = total.plus(r.total());
        }
        return total;
    }

    private List<MarginRequirement> requirements(List<Holding> holdings, MarketView market) {
        Map<String, List<Holding>> bySymbol = new TreeMap<>();
        for (Holding h : holdings) {
            if (h.units() != 0) {
                bySymbol.computeIfAbsent(h.contract().symbol(), k -> new ArrayList<>())
                        .add(h);
            }
        }
        List<MarginRequirement> out = new ArrayList<>();
        for (Map.Entry<String, List<Holding>> e : bySymbol.entrySet()) {
            out.add(requirement(e.getKey(), e.getValue(), market));
        }
        return out;
    }

    private MarginRequirement requirement(String symbol, List<Holding> holdings, MarketView market) {
        LocalDate today = market.today();
        LocalDate first = holdings.stream()
                .map(h -> h.contract().expiry())
                .min(LocalDate::compareTo)
                .orElseThrow();
        OptionChain near = nearestChain(symbol, holdings, market);
        double spot = near.spot().orElse(MarketView.forward(near).orElse(Double.NaN));
        if (!(spot > 0)) {
            spot = market.underlyingPrice(symbol).orElse(Double.NaN);
        }
        if (!(spot > 0)) {
            throw new BrokerException(
                    BrokerException.Kind.UNAVAILABLE, "cannot margin " + symbol + ": no price of the underlying");
        }
        double vol = MarketView.atmVolatility(near);
        double rate = near.rate();
        UnderlyingKind kind = MarketView.isIndex(symbol) ? UnderlyingKind.INDEX : UnderlyingKind.STOCK;
        MarginMarket marginMarket = new MarginMarket(kind, spot, vol, rate, 0.0, first);
        List<BasketLeg> legs = new ArrayList<>(holdings.size());
        for (Holding h : holdings) {
            OptionInstrument c = h.contract();
            double strike = c.strike().rupees();
            double after = TimeToExpiry.years(first, c.expiry());
            double premium;
            double iv = vol;
            if (market.find(c) instanceof MarketView.Found found) {
                premium = MarketView.referencePrice(found.quote());
                iv = found.quote().impliedVolatility().orElse(vol);
            } else {
                double years = TimeToExpiry.years(today, c.expiry());
                premium = BlackScholesMerton.price(c.right(), spot, strike, years, vol, rate, 0.0);
            }
            if (h.price().isPresent()) {
                premium = h.price().getAsDouble();
            }
            legs.add(new BasketLeg(new OptionLeg(c.right(), strike, h.units(), Math.max(premium, 0), after), iv));
        }
        return margins.margin(new MarginBasket(legs), marginMarket, today);
    }

    private static OptionChain nearestChain(String symbol, List<Holding> holdings, MarketView market) {
        List<LocalDate> expiries = holdings.stream()
                .map(h -> h.contract().expiry())
                .distinct()
                .sorted()
                .toList();
        for (LocalDate expiry : expiries) {
            var chain = market.chainOf(symbol, expiry);
            if (chain.isPresent()) {
                return chain.get();
            }
        }
        throw new BrokerException(
                BrokerException.Kind.UNAVAILABLE,
                "cannot margin " + symbol + ": the market data has no option chain of it for " + expiries);
    }
}
