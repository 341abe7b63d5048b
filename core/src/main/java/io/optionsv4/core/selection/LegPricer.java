package io.optionsv4.core.selection;

import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.LegPricing;
import io.optionsv4.core.costs.SpreadInputs;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;
import java.time.temporal.ChronoUnit;

/**
 * Prices a chosen contract for execution with {@link ExecutablePrices}: from its book where it has one (both sides
 * required: a zero bid or ask is a bad price), else from the spread model around its close with the contract's
 * moneyness in the expiry's ATM volatilities, its days to expiry, volume and open interest in lots. Thread-safe.
 */
final class LegPricer {

    private final ExecutablePrices prices;

    LegPricer(ExecutablePrices prices) {
        this.prices = Checks.notNull(prices, "prices");
    }

    /** Returns the prices of {@code quote} bought or sold on {@code market}'s chain, or what is wrong with them. */
    LegPricing price(ExpiryMarket market, OptionQuote quote, Side side) {
        OptionChain chain = market.chain();
        String contract =
                chain.underlying() + " " + chain.expiry() + " " + strike(quote.strike()) + " " + quote.right();
        if (quote.bidAsk().isPresent()) {
            BidAsk book = quote.bidAsk().get();
            return prices.fromBook(contract, side, book.bid(), book.ask());
        }
        double forward = chain.forward().map(f -> f.price()).orElse(chain.spot().orElse(quote.strike()));
        double years = Math.max(chain.yearsToExpiry(), 1.0 / 365);
        double vol = market.move().atmIv() > 0 ? market.move().atmIv() : 0.2;
        double x = Math.log(quote.strike() / forward) / (vol * Math.sqrt(years));
        SpreadInputs inputs = new SpreadInputs(
                LiquidityFilter.premiumPerUnit(quote),
                x,
                Math.max(0, ChronoUnit.DAYS.between(chain.asOf(), chain.expiry())),
                quote.volume(),
                quote.openInterest() / (double) market.lotSize(),
                isIndex(chain.underlying()));
        return prices.fromModel(contract, side, inputs);
    }

    /** Returns true for NSE's index underlyings (NIFTY, BANKNIFTY, FINNIFTY, MIDCPNIFTY, NIFTYNXT50, NIFTYIT). */
    static boolean isIndex(String symbol) {
        return UnderlyingKind.ofSymbol(symbol) == UnderlyingKind.INDEX;
    }

    private static String strike(double strike) {
        return strike == Math.rint(strike) ? Long.toString((long) strike) : Double.toString(strike);
    }
}
