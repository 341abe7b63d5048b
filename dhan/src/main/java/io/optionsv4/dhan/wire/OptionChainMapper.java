package io.optionsv4.dhan.wire;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.pricing.ForwardEstimate;
import io.optionsv4.core.pricing.ParityQuote;
import io.optionsv4.core.pricing.QuoteValuer;
import io.optionsv4.core.pricing.SyntheticForward;
import io.optionsv4.core.pricing.TimeToExpiry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Converts Dhan's option chain into a core {@link OptionChain}, recomputing IV and Greeks with the core so that a Dhan
 * chain means what a replayed or simulated one means (Dhan's own {@code implied_volatility} and {@code greeks} are
 * parsed but not used: their model, rate and clock are undocumented, and they carry no rho).
 *
 * <p>Per option: {@code last} is Dhan's {@code last_price} (0 when absent), {@code close} the same (the latest price
 * intraday), the mark {@code settle} the bid/ask mid when both sides are quoted, else the last price; {@code volume}
 * is Dhan's volume (units) divided by the lot (as sent when
 * the inputs carry no lot), {@code openInterest} Dhan's {@code oi} (units), the change in OI
 * {@code oi − previous_oi}. The forward is {@link SyntheticForward} over the marks of strikes where call and put both
 * traded today; the year fraction {@link TimeToExpiry#years(java.time.Instant, java.time.LocalDate)} from the fetch
 * instant. Quality as in the replay: untraded today (volume 0) is {@link QuoteQuality#UNTRADED}, expiry reached is
 * {@link QuoteQuality#NO_IV} {@code EXPIRED}, no forward is {@link QuoteQuality#NO_FORWARD}, a mark no volatility fits
 * is {@link QuoteQuality#NO_IV} with the solver's status. Stateless.
 */
public final class OptionChainMapper {

    private OptionChainMapper() {}

    /**
     * Returns the chain of {@code data}.
     *
     * @throws MarketDataException naming the symbol and expiry when a strike key is unreadable or a value impossible
     */
    public static OptionChain chain(OptionChainData data, ChainInputs in) {
        String what = in.symbol() + " " + in.expiry();
        if (data == null || data.oc() == null) {
            throw new MarketDataException("Dhan's option chain of " + what + " has no 'oc' object");
        }
        double years = TimeToExpiry.years(in.asOf(), in.expiry());
        double discountFactor = Math.exp(-in.rate() * years);
        Map<Double, OptionChainData.StrikeData> byStrike = new TreeMap<>();
        data.oc().forEach((key, strike) -> {
            if (strike != null && (strike.ce() != null || strike.pe() != null)) {
                byStrike.put(strike(key, what), strike);
            }
        });
        Optional<ForwardEstimate> forward = forward(byStrike, discountFactor);
        List<ChainRow> rows = new ArrayList<>(byStrike.size());
        try {
            for (Map.Entry<Double, OptionChainData.StrikeData> e : byStrike.entrySet()) {
                double k = e.getKey();
                Pricing pricing = new Pricing(forward, years, discountFactor, in);
                rows.add(new ChainRow(
                        k,
                        Optional.ofNullable(e.getValue().ce()).map(o -> quote(o, Right.CALL, k, pricing)),
                        Optional.ofNullable(e.getValue().pe()).map(o -> quote(o, Right.PUT, k, pricing))));
            }
        } catch (IllegalArgumentException e) {
            throw new MarketDataException(
                    "Dhan's option chain of " + what + " has an impossible value: " + e.getMessage(), e);
        }
        OptionalDouble spot = data.lastPrice() != null && data.lastPrice() > 0
                ? OptionalDouble.of(data.lastPrice())
                : OptionalDouble.empty();
        return new OptionChain(
                in.symbol(),
                in.expiry(),
                in.tradeDate(),
                spot,
                forward.map(f -> ForwardPrice.ofParity(f.forward(), f.quotesUsed(), f.spread())),
                in.rate(),
                years,
                in.lotSize(),
                rows);
    }

    /** Returns the mark of an option: the bid/ask mid when both sides are quoted, else the last price (0 if none). */
    public static double mark(OptionData option) {
        return bidAsk(option).map(BidAsk::mid).orElse(orZero(option.lastPrice()));
    }

    private record Pricing(Optional<ForwardEstimate> forward, double years, double discountFactor, ChainInputs in) {}

    private static OptionQuote quote(OptionData o, Right right, double strike, Pricing p) {
        double last = orZero(o.lastPrice());
        long oi = o.oi() == null ? 0 : o.oi();
        long change = o.previousOi() == null ? 0 : oi - o.previousOi();
        return new OptionQuote(
                right,
                strike,
                last,
                last,
                mark(o),
                bidAsk(o),
                contracts(o, p.in()),
                oi,
                change,
                valuation(o, right, strike, p));
    }

    private static long contracts(OptionData o, ChainInputs in) {
        long units = o.volume() == null ? 0 : o.volume();
        return in.lotSize()
                .map(lot -> Math.round(units / (double) lot.unitsPerLot()))
                .orElse(units);
    }

    private static Valuation valuation(OptionData o, Right right, double strike, Pricing p) {
        return QuoteValuer.value(
                o.volume() != null && o.volume() > 0,
                right,
                mark(o),
                p.forward().map(f -> OptionalDouble.of(f.forward())).orElse(OptionalDouble.empty()),
                strike,
                p.years(),
                p.discountFactor());
    }

    private static Optional<ForwardEstimate> forward(
            Map<Double, OptionChainData.StrikeData> byStrike, double discountFactor) {
        List<ParityQuote> quotes = new ArrayList<>();
        byStrike.forEach((strike, pair) -> {
            if (traded(pair.ce()) && traded(pair.pe())) {
                quotes.add(new ParityQuote(strike, mark(pair.ce()), mark(pair.pe())));
            }
        });
        return SyntheticForward.estimate(quotes, discountFactor);
    }

    private static boolean traded(OptionData o) {
        return o != null && o.volume() != null && o.volume() > 0 && mark(o) > 0;
    }

    private static Optional<BidAsk> bidAsk(OptionData o) {
        double bid = orZero(o.topBidPrice());
        double ask = orZero(o.topAskPrice());
        return bid > 0 && ask >= bid ? Optional.of(new BidAsk(bid, ask)) : Optional.empty();
    }

    private static double strike(String key, String what) {
        try {
            double strike = new BigDecimal(key.strip()).doubleValue();
            if (!(strike > 0)) {
                throw new MarketDataException("Dhan's option chain of " + what + " lists strike " + key);
            }
            return strike;
        } catch (NumberFormatException e) {
            throw new MarketDataException(
                    "Dhan's option chain of " + what + " has an unreadable strike '" + key + "'", e);
        }
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
