package io.optionsv4.marketdata.replay;

import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.pricing.ForwardEstimate;
import io.optionsv4.core.pricing.ParityQuote;
import io.optionsv4.core.pricing.QuoteValuer;
import io.optionsv4.core.pricing.SyntheticForward;
import io.optionsv4.core.pricing.TimeToExpiry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Turns one expiry's option rows of a bhavcopy into an {@link OptionChain} with IV and Greeks from the core.
 *
 * <p>Per expiry: the year fraction is {@link TimeToExpiry#years(LocalDate, LocalDate)} (close of the trade date to
 * 15:30 IST on the expiry), the discount factor {@code e^{−rate·T}}; the forward is {@link SyntheticForward} (median of
 * the {@value SyntheticForward#DEFAULT_STRIKES_USED} strikes nearest the money) over the settlement prices of the
 * strikes where both the call and the put traded, or, when no strike has both sides traded, the settlement price of the
 * same expiry's future if it traded (a market price of the forward, not a guess; illiquid stock chains need it).
 * Each traded option then gets the Black-76 implied volatility of its settlement price and the Greeks at that
 * volatility; untraded options are {@link QuoteQuality#UNTRADED} and get nothing, traded options on their expiry day
 * (no time value left) {@link QuoteQuality#NO_IV} {@code EXPIRED}. Stateless.
 */
final class ChainBuilder {

    /**
     * What a chain is built from besides its rows.
     *
     * @param symbol underlying symbol
     * @param expiry expiry date
     * @param asOf trade date
     * @param spot the underlying's price, if known
     * @param rate continuously compounded annual rate
     * @param futurePrice the settlement price of the same expiry's future, if it traded
     * @param referenceLot the lot from reference data, used when the rows carry none
     */
    record Inputs(
            String symbol,
            LocalDate expiry,
            LocalDate asOf,
            OptionalDouble spot,
            double rate,
            OptionalDouble futurePrice,
            Optional<LotSize> referenceLot) {}

    private ChainBuilder() {}

    /** Builds the chain of {@code rows}, all of one symbol and expiry. */
    static OptionChain build(Inputs in, List<OptionRow> rows) {
        double years = TimeToExpiry.years(in.asOf(), in.expiry());
        double discountFactor = Math.exp(-in.rate() * years);
        Map<Double, OptionRow[]> byStrike = new TreeMap<>();
        for (OptionRow row : rows) {
            byStrike.computeIfAbsent(row.strike(), k -> new OptionRow[2])[
                    row.right().isCall() ? 0 : 1] = row;
        }
        Optional<ForwardPrice> forward = forward(byStrike, discountFactor, in.futurePrice());
        List<ChainRow> chainRows = new ArrayList<>(byStrike.size());
        for (Map.Entry<Double, OptionRow[]> e : byStrike.entrySet()) {
            OptionRow[] pair = e.getValue();
            chainRows.add(new ChainRow(
                    e.getKey(),
                    Optional.ofNullable(pair[0]).map(r -> quote(r, forward, years, discountFactor)),
                    Optional.ofNullable(pair[1]).map(r -> quote(r, forward, years, discountFactor))));
        }
        return new OptionChain(
                in.symbol(), in.expiry(), in.asOf(), in.spot(), forward, in.rate(), years, lot(rows, in), chainRows);
    }

    private static Optional<ForwardPrice> forward(
            Map<Double, OptionRow[]> byStrike, double discountFactor, OptionalDouble futurePrice) {
        List<ParityQuote> quotes = new ArrayList<>();
        for (OptionRow[] pair : byStrike.values()) {
            if (isTraded(pair[0]) && isTraded(pair[1])) {
                quotes.add(new ParityQuote(pair[0].strike(), pair[0].settle(), pair[1].settle()));
            }
        }
        Optional<ForwardEstimate> parity = SyntheticForward.estimate(quotes, discountFactor);
        if (parity.isPresent()) {
            ForwardEstimate f = parity.get();
            return Optional.of(ForwardPrice.ofParity(f.forward(), f.quotesUsed(), f.spread()));
        }
        return futurePrice.isPresent()
                ? Optional.of(ForwardPrice.ofFuture(futurePrice.getAsDouble()))
                : Optional.empty();
    }

    private static boolean isTraded(OptionRow row) {
        return row != null && row.contracts() > 0 && row.settle() > 0;
    }

    private static OptionQuote quote(
            OptionRow row, Optional<ForwardPrice> forward, double years, double discountFactor) {
        return new OptionQuote(
                row.right(),
                row.strike(),
                row.last(),
                row.close(),
                row.settle(),
                Optional.empty(),
                row.contracts(),
                row.openInterest(),
                row.changeInOpenInterest(),
                valuation(row, forward, years, discountFactor));
    }

    private static Valuation valuation(
            OptionRow row, Optional<ForwardPrice> forward, double years, double discountFactor) {
        return QuoteValuer.value(
                row.contracts() > 0,
                row.right(),
                row.settle(),
                forward.map(f -> OptionalDouble.of(f.price())).orElse(OptionalDouble.empty()),
                row.strike(),
                years,
                discountFactor);
    }

    /** The rows' own lot when they all carry the same one (UDiFF), else the reference lot. */
    private static Optional<LotSize> lot(List<OptionRow> rows, Inputs in) {
        int lot = rows.isEmpty() ? 0 : rows.get(0).lotSize();
        boolean uniform = lot > 0
                && rows.stream().allMatch(r -> r.lotSize() == rows.get(0).lotSize());
        return uniform ? Optional.of(LotSize.of(lot, java.time.YearMonth.from(in.expiry()))) : in.referenceLot();
    }
}
