package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.ExecutablePrices;
import io.optionsv4.core.costs.LegPricing;
import io.optionsv4.core.costs.SpreadInputs;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The market as one broker call sees it: the option chains of today (the trading date in India), each read from the
 * {@link MarketData} at most once per call, and the prices a contract trades at. Not thread-safe (one per call).
 */
final class MarketView {

    /** The volatility assumed for a chain without any implied volatility (spread model and margin only). */
    static final double FALLBACK_VOLATILITY = 0.20;

    private final MarketData data;
    private final LocalDate today;
    private final ExecutablePrices prices;
    private final Map<String, Chain> chains = new HashMap<>();

    MarketView(MarketData data, LocalDate today, ExecutablePrices prices) {
        this.data = Checks.notNull(data, "data");
        this.today = Checks.notNull(today, "today");
        this.prices = Checks.notNull(prices, "prices");
    }

    /** A contract's quote on its chain, or why there is none. */
    sealed interface Lookup permits Found, Missing {}

    /**
     * The contract is listed today.
     *
     * @param chain its chain
     * @param quote its quote
     */
    record Found(OptionChain chain, OptionQuote quote) implements Lookup {
        /** Returns the chain's lot size, if the source knows it. */
        OptionalInt lotSize() {
            return chain.lotSize()
                    .map(LotSize::unitsPerLot)
                    .map(OptionalInt::of)
                    .orElse(OptionalInt.empty());
        }
    }

    /**
     * The contract has no quote today.
     *
     * @param reason why, in words
     */
    record Missing(String reason) implements Lookup {}

    private record Chain(Optional<OptionChain> chain, String failure) {}

    /** Returns today's trading date. */
    LocalDate today() {
        return today;
    }

    /** Returns the quote of {@code contract} today, or why there is none. */
    Lookup find(OptionInstrument contract) {
        Chain c = chain(contract.symbol(), contract.expiry());
        if (c.chain().isEmpty()) {
            return new Missing("no market for " + contract.displayName() + ": " + c.failure());
        }
        OptionChain chain = c.chain().get();
        double strike = contract.strike().rupees();
        for (ChainRow row : chain.rows()) {
            if (Math.abs(row.strike() - strike) < 0.005) {
                Optional<OptionQuote> quote = row.quote(contract.right());
                if (quote.isPresent()) {
                    return new Found(chain, quote.get());
                }
            }
        }
        return new Missing(contract.displayName() + " is not listed on " + chain.asOf());
    }

    /** Returns the chain of {@code symbol} and {@code expiry} today, empty when the source has none. */
    Optional<OptionChain> chainOf(String symbol, LocalDate expiry) {
        return chain(symbol, expiry).chain();
    }

    /** Returns the underlying's last price today, empty when the source has none. */
    OptionalDouble underlyingPrice(String symbol) {
        try {
            return OptionalDouble.of(data.quote(symbol, today).last());
        } catch (MarketDataException e) {
            return OptionalDouble.empty();
        }
    }

    /** Returns the underlying's close on {@code day} (an expiry's settlement price), empty when the source has none. */
    OptionalDouble closeOn(String symbol, LocalDate day) {
        try {
            var quote = data.quote(symbol, day);
            return quote.tradeDate().equals(day) ? OptionalDouble.of(quote.close()) : OptionalDouble.empty();
        } catch (MarketDataException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * Returns the prices {@code quote} trades at for {@code side}: its book where it has one, else the spread model
     * around its close (the analysis' rule, {@code core.selection.LegPricer}), with the configured slippage.
     */
    LegPricing price(Found found, Side side, int lotSize) {
        OptionChain chain = found.chain();
        OptionQuote quote = found.quote();
        String contract = chain.underlying() + " " + chain.expiry() + " " + quote.strike() + " " + quote.right();
        if (quote.bidAsk().isPresent()) {
            BidAsk book = quote.bidAsk().get();
            return prices.fromBook(contract, side, book.bid(), book.ask());
        }
        double forward = forward(chain).orElse(quote.strike());
        double years = Math.max(chain.yearsToExpiry(), 1.0 / 365);
        double vol = atmVolatility(chain);
        double x = Math.log(quote.strike() / forward) / (vol * Math.sqrt(years));
        SpreadInputs inputs = new SpreadInputs(
                referencePrice(quote),
                x,
                Math.max(0, ChronoUnit.DAYS.between(chain.asOf(), chain.expiry())),
                quote.volume(),
                quote.openInterest() / (double) lotSize,
                isIndex(chain.underlying()));
        return prices.fromModel(contract, side, inputs);
    }

    /** Returns the option's reference price: the book's mid, else the close, else the last price (0 when none). */
    static double referencePrice(OptionQuote quote) {
        if (quote.bidAsk().isPresent()) {
            return quote.bidAsk().get().mid();
        }
        return quote.close() > 0 ? quote.close() : quote.last();
    }

    /** Returns the chain's forward, else its spot. */
    static OptionalDouble forward(OptionChain chain) {
        return chain.forward().map(f -> OptionalDouble.of(f.price())).orElse(chain.spot());
    }

    /**
     * Returns the chain's at-the-money implied volatility: the ATM strike's call or put IV, else the mean of every
     * priced option's IV, else {@link #FALLBACK_VOLATILITY}.
     */
    static double atmVolatility(OptionChain chain) {
        OptionalDouble atm = chain.atmStrike();
        if (atm.isPresent()) {
            Optional<ChainRow> row = chain.row(atm.getAsDouble());
            if (row.isPresent()) {
                for (Optional<OptionQuote> q :
                        List.of(row.get().call(), row.get().put())) {
                    OptionalDouble iv = q.map(OptionQuote::impliedVolatility).orElse(OptionalDouble.empty());
                    if (iv.isPresent() && iv.getAsDouble() > 0) {
                        return iv.getAsDouble();
                    }
                }
            }
        }
        OptionalDouble mean = chain.rows().stream()
                .flatMap(r -> Stream.of(r.call(), r.put()))
                .flatMap(Optional::stream)
                .map(OptionQuote::impliedVolatility)
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .filter(v -> v > 0)
                .average();
        return mean.orElse(FALLBACK_VOLATILITY);
    }

    /** Returns true for NSE's index underlyings (the analysis' rule: the symbol contains NIFTY). */
    static boolean isIndex(String symbol) {
        return symbol.contains("NIFTY");
    }

    private Chain chain(String symbol, LocalDate expiry) {
        return chains.computeIfAbsent(symbol + "|" + expiry, k -> {
            if (expiry.isBefore(today)) {
                return new Chain(Optional.empty(), "the contract expired on " + expiry);
            }
            try {
                return new Chain(Optional.of(data.optionChain(symbol, expiry, today)), "");
            } catch (MarketDataException e) {
                return new Chain(Optional.empty(), e.getMessage());
            }
        });
    }
}
