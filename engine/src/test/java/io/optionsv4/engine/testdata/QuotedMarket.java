package io.optionsv4.engine.testdata;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import io.optionsv4.core.pricing.ImpliedVolatilityResult;
import io.optionsv4.core.pricing.ImpliedVolatilitySolver;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.trade.OptionInstrument;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A market that quotes exactly the option contracts a test puts into it, each with its book (or only a close), volume
 * and open interest, on any day the test asks about; the underlying trades at a fixed spot, and closes at a chosen
 * price on chosen days (expiry settlement). Implied volatilities are implied from each quote's mid (or close) at the
 * spot, so the market's prices and its volatilities agree the way a real source's do. Thread-safe.
 */
public final class QuotedMarket implements MarketData {

    /** The continuously compounded rate of every chain. */
    public static final double RATE = 0.065;

    private record Listing(int lotSize, Optional<BidAsk> book, double close, long volume, long openInterest) {}

    private final double spot;
    private final Map<OptionInstrument, Listing> listings = new LinkedHashMap<>();
    private final Map<String, Double> closes = new HashMap<>();

    /** Creates the market with the underlying at {@code spot}. */
    public QuotedMarket(double spot) {
        this.spot = spot;
    }

    /** Lists (or re-quotes) {@code contract} with a book; volume 1,000 contracts and open interest 1,000 lots. */
    public synchronized QuotedMarket quote(OptionInstrument contract, int lotSize, BidAsk book) {
        return quote(contract, lotSize, book, 1_000, 1_000L * lotSize);
    }

    /** Lists (or re-quotes) {@code contract} with a book, the day's volume (contracts) and open interest (units). */
    public synchronized QuotedMarket quote(
            OptionInstrument contract, int lotSize, BidAsk book, long volume, long openInterest) {
        listings.put(contract, new Listing(lotSize, Optional.of(book), book.mid(), volume, openInterest));
        return this;
    }

    /** Lists (or re-quotes) {@code contract} without a book, at {@code close}, as an end-of-day source does. */
    public synchronized QuotedMarket close(
            OptionInstrument contract, int lotSize, double close, long volume, long openInterest) {
        listings.put(contract, new Listing(lotSize, Optional.empty(), close, volume, openInterest));
        return this;
    }

    /** Delists {@code contract}. */
    public synchronized QuotedMarket delist(OptionInstrument contract) {
        listings.remove(contract);
        return this;
    }

    /** Sets the underlying's close on {@code day} (its settlement price when an expiry falls on it). */
    public synchronized QuotedMarket underlyingClose(String symbol, LocalDate day, double close) {
        closes.put(symbol + "|" + day, close);
        return this;
    }

    @Override
    public synchronized List<String> symbols(LocalDate asOf) {
        return listings.keySet().stream()
                .map(OptionInstrument::symbol)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public synchronized Quote quote(String symbol, LocalDate asOf) {
        if (listings.keySet().stream().noneMatch(c -> c.symbol().equals(symbol))) {
            throw new MarketDataException("the quoted market does not list " + symbol);
        }
        double price = closes.getOrDefault(symbol + "|" + asOf, spot);
        Candle session = new Candle(asOf, price, price, price, price, 0);
        return new Quote(
                symbol,
                asOf,
                asOf.atTime(15, 30).atZone(ZoneId.of("Asia/Kolkata")).toInstant(),
                price,
                session,
                price);
    }

    @Override
    public List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to) {
        throw new MarketDataException("the quoted market has no candles of " + symbol);
    }

    @Override
    public synchronized List<Expiry> expiries(String symbol, LocalDate asOf) {
        throw new MarketDataException("the quoted market lists no expiry calendar of " + symbol);
    }

    @Override
    public synchronized OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf) {
        if (expiry.isBefore(asOf)) {
            throw new MarketDataException(symbol + " " + expiry + " expired before " + asOf);
        }
        double years = TimeToExpiry.years(asOf, expiry);
        TreeMap<Double, ChainRow> rows = new TreeMap<>();
        int lot = 0;
        for (Map.Entry<OptionInstrument, Listing> e : listings.entrySet()) {
            OptionInstrument c = e.getKey();
            if (!c.symbol().equals(symbol) || !c.expiry().equals(expiry)) {
                continue;
            }
            lot = e.getValue().lotSize();
            OptionQuote q = optionQuote(c, e.getValue(), years);
            double strike = q.strike();
            ChainRow old = rows.get(strike);
            Optional<OptionQuote> call =
                    q.right().isCall() ? Optional.of(q) : old == null ? Optional.empty() : old.call();
            Optional<OptionQuote> put =
                    q.right().isCall() ? old == null ? Optional.empty() : old.put() : Optional.of(q);
            rows.put(strike, new ChainRow(strike, call, put));
        }
        if (rows.isEmpty()) {
            throw new MarketDataException("the quoted market lists no " + symbol + " options expiring " + expiry);
        }
        return new OptionChain(
                symbol,
                expiry,
                asOf,
                OptionalDouble.of(spot),
                Optional.empty(),
                RATE,
                years,
                Optional.of(LotSize.of(lot, YearMonth.from(expiry))),
                new ArrayList<>(rows.values()));
    }

    private OptionQuote optionQuote(OptionInstrument c, Listing l, double years) {
        Right right = c.right();
        double strike = c.strike().rupees();
        ImpliedVolatilityResult iv =
                ImpliedVolatilitySolver.blackScholesMerton(right, l.close(), spot, strike, years, RATE, 0.0);
        Valuation valuation = iv.isOk()
                ? new Valuation.Priced(iv.volatility(), new OptionGreeks(0.5, 0.001, 10, -5, 1))
                : new Valuation.Unpriced(QuoteQuality.NO_IV, iv.status().name());
        return new OptionQuote(
                right, strike, l.close(), l.close(), l.close(), l.book(), l.volume(), l.openInterest(), 0, valuation);
    }

    @Override
    public double indiaVix(LocalDate asOf) {
        throw new MarketDataException("the quoted market has no India VIX");
    }

    @Override
    public List<Candle> indiaVixHistory(LocalDate from, LocalDate to) {
        throw new MarketDataException("the quoted market has no India VIX");
    }

    @Override
    public List<Candle> niftyHistory(LocalDate from, LocalDate to) {
        throw new MarketDataException("the quoted market has no NIFTY history");
    }
}
