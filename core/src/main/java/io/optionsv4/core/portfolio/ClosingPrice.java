package io.optionsv4.core.portfolio;

import io.optionsv4.core.costs.BadPrice;
import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.LegPrice;
import io.optionsv4.core.costs.LegPricing;
import io.optionsv4.core.costs.SpreadInputs;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Prices an open leg for closing on its option chain with the analysis' {@link ExecutablePrices}: a long leg is
 * closed by a sell at the bid, a short leg by a buy at the ask; the book where the chain has one, else the spread model
 * around the close (moneyness in the option's own implied volatility, else 20 %). A long leg nobody bids for is worth
 * 0 to close, at a mid of half its ask. Stateless.
 */
public final class ClosingPrice {

    private static final double FALLBACK_VOL = 0.2;

    private ClosingPrice() {}

    /**
     * Returns what closing {@code leg} would get on {@code chain}, or why it cannot be priced.
     *
     * @param chain the chain of the leg's underlying and expiry
     * @param leg the open leg
     * @param prices the executable-price rule
     */
    public static CurrentPrice of(OptionChain chain, TradeLeg leg, ExecutablePrices prices) {
        Checks.notNull(chain, "chain");
        Checks.notNull(leg, "leg");
        Checks.notNull(prices, "prices");
        OptionInstrument contract = leg.contract();
        Optional<OptionQuote> found = chain.quote(contract.strike().rupees(), contract.right());
        if (found.isEmpty()) {
            return new CurrentPrice.Unavailable(contract.displayName() + " is not in the " + chain.asOf() + " chain");
        }
        OptionQuote quote = found.get();
        Side closing = leg.side().opposite();
        if (quote.bidAsk().isPresent()) {
            BidAsk book = quote.bidAsk().get();
            if (closing == Side.SELL && !(book.bid() > 0) && book.ask() > 0) {
                return new CurrentPrice.Quoted(book.ask() / 2, 0, CurrentPrice.Basis.BOOK);
            }
            return quoted(prices.fromBook(contract.displayName(), closing, book.bid(), book.ask()));
        }
        return quoted(prices.fromModel(contract.displayName(), closing, inputs(chain, quote, leg)));
    }

    private static SpreadInputs inputs(OptionChain chain, OptionQuote quote, TradeLeg leg) {
        double reference = quote.close() > 0 ? quote.close() : quote.last();
        double forward = chain.forward().map(f -> f.price()).orElse(chain.spot().orElse(quote.strike()));
        double years = Math.max(chain.yearsToExpiry(), 1.0 / 365);
        double vol = quote.impliedVolatility().orElse(FALLBACK_VOL);
        double moneyness = Math.log(quote.strike() / forward) / (vol * Math.sqrt(years));
        int lotSize = chain.lotSize().map(l -> l.unitsPerLot()).orElse(leg.quantity() / leg.lots());
        return new SpreadInputs(
                reference,
                moneyness,
                Math.max(0, ChronoUnit.DAYS.between(chain.asOf(), chain.expiry())),
                quote.volume(),
                quote.openInterest() / (double) Math.max(1, lotSize),
                chain.underlying().contains("NIFTY"));
    }

    private static CurrentPrice quoted(LegPricing pricing) {
        return switch (pricing) {
            case LegPrice p ->
                new CurrentPrice.Quoted(
                        p.reference(),
                        p.executable(),
                        p.source() == io.optionsv4.core.costs.PriceSource.BOOK
                                ? CurrentPrice.Basis.BOOK
                                : CurrentPrice.Basis.MODEL);
            case BadPrice b -> new CurrentPrice.Unavailable(b.message());
        };
    }
}
