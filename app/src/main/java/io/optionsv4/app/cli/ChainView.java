package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.market.ChainRow;
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

    /** Returns the chain as JSON: header fields and every row with both sides in full. */
    static ObjectNode json(OptionChain chain, List<ChainRow> rows) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("symbol", chain.underlying());
        node.put("expiry", chain.expiry().toString());
        node.put("as_of", chain.asOf().toString());
        node.put("years_to_expiry", chain.yearsToExpiry());
        node.put("rate", chain.rate());
        chain.spot().ifPresent(s -> node.put("spot", s));
        chain.forward().ifPresent(f -> {
            node.put("forward", f.price());
            node.put("forward_source", f.source().name());
        });
        chain.atmStrike().ifPresent(a -> node.put("atm_strike", a));
        chain.lotSize().ifPresent(l -> node.put("lot_size", l.unitsPerLot()));
        ArrayNode array = node.putArray("rows");
        for (ChainRow row : rows) {
            ObjectNode r = array.addObject();
            r.put("strike", row.strike());
            row.call().ifPresent(q -> r.set("call", quote(q)));
            row.put().ifPresent(q -> r.set("put", quote(q)));
        }
        return node;
    }

    private static ObjectNode quote(OptionQuote q) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("last", q.last());
        node.put("close", q.close());
        node.put("settle", q.settle());
        q.bidAsk().ifPresent(b -> {
            node.put("bid", b.bid());
            node.put("ask", b.ask());
        });
        node.put("volume", q.volume());
        node.put("open_interest", q.openInterest());
        node.put("change_in_open_interest", q.changeInOpenInterest());
        node.put("quality", q.quality().name());
        switch (q.valuation()) {
            case Valuation.Priced p -> {
                node.put("implied_volatility", p.impliedVolatility());
                OptionGreeks g = p.greeks();
                node.put("delta", g.delta());
                node.put("gamma", g.gamma());
                node.put("vega", g.vega());
                node.put("theta", g.theta());
                node.put("rho", g.rho());
            }
            case Valuation.Unpriced u -> node.put("reason", u.reason());
        }
        return node;
    }
}
