package io.optionsv4.dhan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.instrument.LotSize;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import io.optionsv4.core.pricing.TimeToExpiry;
import io.optionsv4.core.result.Checks;
import io.optionsv4.dhan.scrip.ScripContract;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.scrip.ScripUnderlying;
import io.optionsv4.dhan.scrip.SecurityId;
import io.optionsv4.dhan.wire.CandleArrays;
import io.optionsv4.dhan.wire.ChainInputs;
import io.optionsv4.dhan.wire.DhanWireMapper;
import io.optionsv4.dhan.wire.ExpiryListRequest;
import io.optionsv4.dhan.wire.HistoricalRequest;
import io.optionsv4.dhan.wire.IntradayRequest;
import io.optionsv4.dhan.wire.MarketQuoteItem;
import io.optionsv4.dhan.wire.OptionChainData;
import io.optionsv4.dhan.wire.OptionChainMapper;
import io.optionsv4.dhan.wire.OptionChainRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MarketData} over Dhan API v2 REST ({@code reference/dhan-api-v2.md} of the project documents): option
 * chain and expiry list ({@code /optionchain}, {@code /optionchain/expirylist}), quotes ({@code /marketfeed/quote} for
 * stocks, {@code /marketfeed/ohlc} for indices, {@code /marketfeed/ltp} for last prices; up to 1,000 instruments per
 * call), daily and intraday candles ({@code /charts/historical}, {@code /charts/intraday}). Symbols and contracts are
 * mapped to Dhan security ids by the {@link ScripMaster}; the option-chain underlying is the index or stock row
 * ({@code NIFTY} = {@code 13}/{@code IDX_I}).
 *
 * <p>Dhan serves the present: the quote, expiries, chain and VIX of {@code asOf} equal to today (Asia/Kolkata, by the
 * injected clock) come from the live endpoints; a quote or VIX of an earlier day comes from that day's daily candle;
 * expiries and chains of another day throw. Chains carry IV and Greeks recomputed with the core (see {@link
 * OptionChainMapper}), discounted at {@link #DEFAULT_RATE} unless given.
 *
 * <p>Calls keep to Dhan's limits as sliding windows (option chain and expiry list one in any 3 s, quotes one in any
 * second, candles five in any second, in a burst) and are retried with back-off per the config's retry policy; waits
 * go through the injected {@link Sleeper}. Failures are {@link MarketDataException}s keeping their cause; Dhan's error
 * codes arrive as {@link DhanApiException}, an expired token with instructions to renew it. Decisions: {@code
 * docs/dhan-adapter.md}.
 * Thread-safe; close it to release the HTTP client.
 */
public final class DhanMarketData implements MarketData, AutoCloseable {

    /** The default discount rate, 6.5 % continuously compounded, as in the bhavcopy replay. */
    public static final double DEFAULT_RATE = 0.065;

    /** Symbol of India VIX in the scrip master. */
    public static final String INDIA_VIX = "INDIA VIX";

    /** Symbol of NIFTY 50 in the scrip master. */
    public static final String NIFTY = "NIFTY";

    /** Days of intraday candles Dhan serves per request at most. */
    public static final int MAX_INTRADAY_DAYS_PER_CALL = 90;

    private static final DateTimeFormatter INTRADAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DhanRestClient client;
    private final MarketFeedCalls feed;
    private final ScripMaster scripMaster;
    private final Clock clock;
    private final double rate;

    /** Creates the adapter with the system clock, real sleeps and {@link #DEFAULT_RATE}. */
    public DhanMarketData(DhanConfig config, ScripMaster scripMaster) {
        this(config, scripMaster, Clock.systemUTC(), Sleeper.SYSTEM, DEFAULT_RATE);
    }

    /**
     * Creates the adapter.
     *
     * @param config base URL, credentials, timeout and retry policy
     * @param scripMaster the index of security ids (load today's file: expiries change daily)
     * @param clock the clock for "today", rate limits and the chains' time to expiry
     * @param sleeper how rate-limit and back-off waits are taken
     * @param rate continuously compounded annual rate for discounting (decimal), finite
     */
    public DhanMarketData(DhanConfig config, ScripMaster scripMaster, Clock clock, Sleeper sleeper, double rate) {
        this.scripMaster = Checks.notNull(scripMaster, "scripMaster");
        this.clock = Checks.notNull(clock, "clock");
        this.rate = Checks.finite(rate, "rate");
        this.client = new DhanRestClient(Checks.notNull(config, "config"), clock, Checks.notNull(sleeper, "sleeper"));
        this.feed = new MarketFeedCalls(client);
    }

    @Override
    public List<String> symbols(LocalDate asOf) {
        List<String> symbols = scripMaster.optionUnderlyings(Checks.notNull(asOf, "asOf"));
        if (symbols.isEmpty()) {
            throw new MarketDataException("the scrip master lists no options expiring on or after " + asOf
                    + "; import a current one (options-v4 data import-scrip-master)");
        }
        return symbols;
    }

    @Override
    public Quote quote(String symbol, LocalDate asOf) {
        Checks.notNull(asOf, "asOf");
        ScripUnderlying u = underlying(symbol);
        if (asOf.isBefore(today())) {
            return pastQuote(u, asOf);
        }
        requireToday(asOf, "the quote of " + u.symbol());
        Quote quote = quotes(List.of(u.symbol())).get(u.symbol());
        if (quote == null) {
            throw new MarketDataException("Dhan sent no quote for " + u.symbol() + " (" + u.securityId() + ")");
        }
        return quote;
    }

    /**
     * Returns today's quotes of {@code symbols} (indices via {@code /marketfeed/ohlc}, stocks via
     * {@code /marketfeed/quote}), in requests of at most 1,000 instruments; symbols Dhan does not answer for are
     * absent from the map.
     *
     * @throws MarketDataException when a symbol is not in the scrip master or a call fails
     */
    public Map<String, Quote> quotes(Collection<String> symbols) {
        List<ScripUnderlying> underlyings = Checks.notNull(symbols, "symbols").stream()
                .map(this::underlying)
                .toList();
        List<SecurityId> indices = underlyings.stream()
                .filter(ScripUnderlying::isIndex)
                .map(ScripUnderlying::securityId)
                .toList();
        List<SecurityId> stocks = underlyings.stream()
                .filter(u -> !u.isIndex())
                .map(ScripUnderlying::securityId)
                .toList();
        Map<SecurityId, MarketQuoteItem> items = new LinkedHashMap<>();
        if (!indices.isEmpty()) {
            items.putAll(feed.fetch(DhanEndpoint.OHLC, indices));
        }
        if (!stocks.isEmpty()) {
            items.putAll(feed.fetch(DhanEndpoint.QUOTE, stocks));
        }
        Instant now = clock.instant();
        Map<String, Quote> quotes = new LinkedHashMap<>();
        for (ScripUnderlying u : underlyings) {
            Optional.ofNullable(items.get(u.securityId()))
                    .ifPresent(item -> quotes.put(u.symbol(), DhanWireMapper.quote(u.symbol(), item, today(), now)));
        }
        return quotes;
    }

    /**
     * Returns the last traded prices of {@code symbols} ({@code /marketfeed/ltp}), in rupees (index points), in
     * requests of at most 1,000 instruments; symbols Dhan does not answer for are absent.
     *
     * @throws MarketDataException when a symbol is not in the scrip master or a call fails
     */
    public Map<String, Double> lastPrices(Collection<String> symbols) {
        List<ScripUnderlying> underlyings = Checks.notNull(symbols, "symbols").stream()
                .map(this::underlying)
                .toList();
        Map<SecurityId, MarketQuoteItem> items = feed.fetch(
                DhanEndpoint.LTP,
                underlyings.stream().map(ScripUnderlying::securityId).toList());
        Map<String, Double> prices = new LinkedHashMap<>();
        for (ScripUnderlying u : underlyings) {
            MarketQuoteItem item = items.get(u.securityId());
            if (item != null && item.lastPrice() != null) {
                prices.put(u.symbol(), item.lastPrice());
            }
        }
        return prices;
    }

    @Override
    public List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to) {
        ScripUnderlying u = underlying(symbol);
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (from.isAfter(to)) {
            return List.of();
        }
        HistoricalRequest request = new HistoricalRequest(
                Long.toString(u.securityId().id()),
                u.securityId().segment().name(),
                u.instrument(),
                false,
                from.toString(),
                to.plusDays(1).toString());
        JsonNode node = client.post(DhanEndpoint.HISTORICAL, request);
        return DhanWireMapper.dailyCandles(
                read(DhanEndpoint.HISTORICAL, node, CandleArrays.class), u.symbol(), from, to);
    }

    /**
     * Returns the intraday candles of {@code symbol} from {@code from} to {@code to} (IST wall-clock times), oldest
     * first, in requests of at most {@value #MAX_INTRADAY_DAYS_PER_CALL} days.
     *
     * @throws MarketDataException when the symbol is not in the scrip master, a call fails or a candle is invalid
     */
    public List<IntradayCandle> intradayCandles(
            String symbol, CandleInterval interval, LocalDateTime from, LocalDateTime to) {
        ScripUnderlying u = underlying(symbol);
        Checks.notNull(interval, "interval");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        List<IntradayCandle> candles = new ArrayList<>();
        for (LocalDateTime start = from; start.isBefore(to); start = start.plusDays(MAX_INTRADAY_DAYS_PER_CALL)) {
            LocalDateTime end = start.plusDays(MAX_INTRADAY_DAYS_PER_CALL);
            end = end.isAfter(to) ? to : end;
            IntradayRequest request = new IntradayRequest(
                    Long.toString(u.securityId().id()),
                    u.securityId().segment().name(),
                    u.instrument(),
                    interval.minutes(),
                    false,
                    start.format(INTRADAY_TIME),
                    end.format(INTRADAY_TIME));
            CandleArrays arrays =
                    read(DhanEndpoint.INTRADAY, client.post(DhanEndpoint.INTRADAY, request), CandleArrays.class);
            candles.addAll(IntradayCandles.of(arrays, u.symbol()));
        }
        return List.copyOf(candles);
    }

    @Override
    public List<Expiry> expiries(String symbol, LocalDate asOf) {
        ScripUnderlying u = underlying(symbol);
        requireToday(Checks.notNull(asOf, "asOf"), "the expiries of " + u.symbol());
        JsonNode node = client.post(
                DhanEndpoint.EXPIRY_LIST,
                new ExpiryListRequest(
                        u.securityId().id(), u.securityId().segment().name()));
        JsonNode data = data(DhanEndpoint.EXPIRY_LIST, node);
        if (!data.isArray()) {
            throw new MarketDataException("Dhan's expiry list of " + u.symbol() + " is not an array: " + data);
        }
        List<String> dates = new ArrayList<>();
        data.forEach(d -> dates.add(d.asText()));
        List<Expiry> expiries = DhanWireMapper.expiries(
                dates,
                u.symbol(),
                asOf,
                date -> scripMaster.options(u.symbol(), date).stream()
                        .findFirst()
                        .map(ScripContract::expiryKind));
        if (expiries.isEmpty()) {
            throw new MarketDataException("Dhan lists no expiries of " + u.symbol() + " on or after " + asOf);
        }
        return expiries;
    }

    @Override
    public OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf) {
        ScripUnderlying u = underlying(symbol);
        Checks.notNull(expiry, "expiry");
        requireToday(Checks.notNull(asOf, "asOf"), "the option chain of " + u.symbol());
        LotSize lot = scripMaster.options(u.symbol(), expiry).stream()
                .findFirst()
                .map(ScripContract::lotSize)
                .orElseThrow(() -> new MarketDataException("the scrip master lists no " + u.symbol()
                        + " options expiring " + expiry + "; import today's scrip master"
                        + " (options-v4 data import-scrip-master); it lists " + scripMaster.expiries(u.symbol())));
        JsonNode node = client.post(
                DhanEndpoint.OPTION_CHAIN,
                new OptionChainRequest(
                        u.securityId().id(), u.securityId().segment().name(), expiry.toString()));
        OptionChainData data =
                read(DhanEndpoint.OPTION_CHAIN, data(DhanEndpoint.OPTION_CHAIN, node), OptionChainData.class);
        return OptionChainMapper.chain(
                data, new ChainInputs(u.symbol(), expiry, asOf, clock.instant(), rate, Optional.of(lot)));
    }

    @Override
    public double indiaVix(LocalDate asOf) {
        Checks.notNull(asOf, "asOf");
        if (asOf.isBefore(today())) {
            return pastQuote(underlying(INDIA_VIX), asOf).close();
        }
        requireToday(asOf, "India VIX");
        Double vix = lastPrices(List.of(INDIA_VIX)).get(INDIA_VIX);
        if (vix == null) {
            throw new MarketDataException("Dhan sent no last price for " + INDIA_VIX);
        }
        return vix;
    }

    @Override
    public List<Candle> indiaVixHistory(LocalDate from, LocalDate to) {
        return dailyCandles(INDIA_VIX, from, to);
    }

    @Override
    public List<Candle> niftyHistory(LocalDate from, LocalDate to) {
        return dailyCandles(NIFTY, from, to);
    }

    /** Releases the HTTP client. */
    @Override
    public void close() {
        client.close();
    }

    /** Returns the {@code data} of a data-API envelope {@code {"data": ..., "status": "success"}}. */
    static JsonNode data(DhanEndpoint endpoint, JsonNode envelope) {
        JsonNode data = envelope.get("data");
        if (data == null || data.isNull()) {
            throw new MarketDataException(
                    "Dhan " + endpoint.label() + " answered without 'data': " + abbreviate(envelope.toString()));
        }
        return data;
    }

    private <T> T read(DhanEndpoint endpoint, JsonNode node, Class<T> type) {
        try {
            return client.json().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new MarketDataException(
                    "Dhan " + endpoint.label() + " answered with unexpected JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Quote pastQuote(ScripUnderlying u, LocalDate asOf) {
        List<Candle> candles = dailyCandles(u.symbol(), asOf.minusDays(14), asOf);
        int n = candles.size();
        if (n < 2 || !candles.get(n - 1).date().equals(asOf)) {
            throw new MarketDataException(
                    "Dhan has no daily candle of " + u.symbol() + " for " + asOf + " and the session before it");
        }
        Candle session = candles.get(n - 1);
        return new Quote(
                u.symbol(),
                asOf,
                TimeToExpiry.expiryInstant(asOf),
                session.close(),
                session,
                candles.get(n - 2).close());
    }

    private ScripUnderlying underlying(String symbol) {
        Checks.notBlank(symbol, "symbol");
        return scripMaster
                .underlying(symbol)
                .orElseThrow(() -> new MarketDataException("'" + symbol.strip() + "' is not an NSE index or EQ stock"
                        + " of the scrip master; check the symbol or import a current scrip master"));
    }

    private LocalDate today() {
        return clock.instant().atZone(TimeToExpiry.ZONE).toLocalDate();
    }

    private void requireToday(LocalDate asOf, String what) {
        LocalDate today = today();
        if (!asOf.equals(today)) {
            throw new MarketDataException("Dhan serves " + what + " live only: asked as of " + asOf + ", today is "
                    + today + " (use the replay for past days)");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
