package io.optionsv4.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.ForwardPrice;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.Valuation;
import java.time.LocalDate;
import java.util.List;

/** Chains as text tables and JSON, shared by {@code data quotes} and {@code data chain}. */
final class ChainView {

    private ChainView() {}

    /**
     * Returns the default expiry of {@code symbol}: the current month's series (the first monthly expiry after {@code
     * asOf}, whose forward is the month's future), else the first expiry after {@code asOf} (one expiring that day has
     * no time value left), else the first listed.
     */
    static LocalDate defaultExpiry(MarketData marketData, String symbol, LocalDate asOf) {
        List<Expiry> expiries = marketData.expiries(symbol, asOf);
        if (expiries.isEmpty()) {
            throw new MarketDataException("no option expiries for " + symbol + " on " + asOf);
        }
        List<Expiry> ahead =
                expiries.stream().filter(e -> e.date().isAfter(asOf)).toList();
        return ahead.stream()
                .filter(e -> e.kind() == ExpiryKind.MONTHLY)
                .findFirst()
                .or(() -> ahead.stream().findFirst())
                .orElse(expiries.get(0))
                .date();
    }
    /** Returns the rows within {@code width} strikes of the ATM strike on each side; all rows when width < 0. */
    static List<ChainRow> around(OptionChain chain, int width) {
        List<ChainRow> rows = chain.rows();
        if (width < 0 || rows.isEmpty() || chain.atmStrike().isEmpty()) {
            return rows;
        }
        double atm = chain.atmStrike().getAsDouble();
        int centre = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).strike() == atm) {
                centre = i;
            }
        }
        return rows.subList(Math.max(0, centre - width), Math.min(rows.size(), centre + width + 1));
    }

    /**
     * A chain as JSON: header fields and every row with both sides in full. A figure the chain does not have (spot,
     * forward, ATM strike, lot size) is left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChainJson(
            String symbol,
            String expiry,
            String asOf,
            double yearsToExpiry,
            double rate,
            Double spot,
            Double forward,
            String forwardSource,
            Double atmStrike,
            Integer lotSize,
            List<RowJson> rows) {}

    /** A strike with its call and put; a side not listed is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowJson(double strike, QuoteJson call, QuoteJson put) {}

    /**
     * One option's quote: bid and ask are left out without a book; a priced quote has its IV and Greeks, an unpriced
     * one the reason instead.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuoteJson(
            double last,
            double close,
            double settle,
            Double bid,
            Double ask,
            long volume,
            long openInterest,
            long changeInOpenInterest,
            String quality,
            Double impliedVolatility,
            Double delta,
            Double gamma,
            Double vega,
            Double theta,
            Double rho,
            String reason) {}

    /** Returns the chain as JSON: header fields and every row with both sides in full. */
    static ChainJson json(OptionChain chain, List<ChainRow> rows) {
        return new ChainJson(
                chain.underlying(),
                chain.expiry().toString(),
                chain.asOf().toString(),
                chain.yearsToExpiry(),
                chain.rate(),
                chain.spot().isPresent() ? chain.spot().getAsDouble() : null,
                chain.forward().map(ForwardPrice::price).orElse(null),
                chain.forward().map(f -> f.source().name()).orElse(null),
                chain.atmStrike().isPresent() ? chain.atmStrike().getAsDouble() : null,
                chain.lotSize().map(LotSize::unitsPerLot).orElse(null),
                rows.stream()
                        .map(r -> new RowJson(
                                r.strike(),
                                r.call().map(ChainView::quote).orElse(null),
                                r.put().map(ChainView::quote).orElse(null)))
                        .toList());
    }

    private static QuoteJson quote(OptionQuote q) {
        Double iv = null;
        OptionGreeks g = null;
        String reason = null;
        switch (q.valuation()) {
            case Valuation.Priced p -> {
                iv = p.impliedVolatility();
                g = p.greeks();
            }
            case Valuation.Unpriced u -> reason = u.reason();
        }
        return new QuoteJson(
                q.last(),
                q.close(),
                q.settle(),
                q.bidAsk().map(BidAsk::bid).orElse(null),
                q.bidAsk().map(BidAsk::ask).orElse(null),
                q.volume(),
                q.openInterest(),
                q.changeInOpenInterest(),
                q.quality().name(),
                iv,
                g == null ? null : g.delta(),
                g == null ? null : g.gamma(),
                g == null ? null : g.vega(),
                g == null ? null : g.theta(),
                g == null ? null : g.rho(),
                reason);
    }
}
