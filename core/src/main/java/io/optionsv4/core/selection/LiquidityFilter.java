package io.optionsv4.core.selection;

import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.result.Checks;
import java.util.OptionalDouble;

/**
 * The liquidity filter of {@link ConstructionSettings.Liquidity} applied to listed contracts, and the premium a usable
 * contract is entered at: the mid of its book where it has one, else its close, else its last price. Stateless apart
 * from the thresholds; thread-safe.
 */
final class LiquidityFilter {

    private final ConstructionSettings.Liquidity liquidity;
    private final long minVolume;

    LiquidityFilter(ConstructionSettings.Liquidity liquidity) {
        this.liquidity = Checks.notNull(liquidity, "liquidity");
        this.minVolume = Math.max(1, liquidity.minVolume());
    }

    /** Returns true when the contract traded enough, has enough open interest, a tight book and a price &gt; 0. */
    boolean passes(OptionQuote quote, int lotSize) {
        if (quote.volume() < minVolume
                || quote.openInterest() < liquidity.minOpenInterestLots() * lotSize
                || liquidity.requirePriced() && !(quote.valuation() instanceof Valuation.Priced)) {
            return false;
        }
        if (quote.bidAsk().isPresent()) {
            BidAsk book = quote.bidAsk().get();
            return book.ask() > 0 && spread(book) <= liquidity.maxSpreadFraction();
        }
        return premiumPerUnit(quote) > 0;
    }

    /** Returns the premium per unit: the book's mid, else the close, else the last price; 0 when none is positive. */
    static double premiumPerUnit(OptionQuote quote) {
        if (quote.bidAsk().isPresent()) {
            return quote.bidAsk().get().mid();
        }
        return quote.close() > 0 ? quote.close() : quote.last();
    }

    /** Returns where {@link #premiumPerUnit(OptionQuote)} comes from. */
    static PremiumSource premiumSource(OptionQuote quote) {
        return quote.bidAsk().isPresent() ? PremiumSource.MID : PremiumSource.CLOSE;
    }

    /** Returns {@code (ask - bid) / mid} of the book, empty without a book. */
    static OptionalDouble spreadFraction(OptionQuote quote) {
        return quote.bidAsk().isPresent()
                ? OptionalDouble.of(spread(quote.bidAsk().get()))
                : OptionalDouble.empty();
    }

    /** Returns the thresholds in words, for rejection details. */
    String describe() {
        return "volume >= " + minVolume + ", open interest >= " + liquidity.minOpenInterestLots() + " lots"
                + (liquidity.requirePriced() ? ", priced" : "") + ", spread <= " + liquidity.maxSpreadFraction()
                + ", price > 0";
    }

    private static double spread(BidAsk book) {
        return (book.ask() - book.bid()) / book.mid();
    }
}
