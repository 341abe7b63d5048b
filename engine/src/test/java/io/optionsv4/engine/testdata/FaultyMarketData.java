package io.optionsv4.engine.testdata;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.Quote;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A {@link MarketData} that answers from a real source (usually the simulated market) and throws what it is told to
 * for one call of one symbol (or of every symbol), or edits a symbol's candles or expiries; it counts the calls and
 * records the option chains asked for.
 * Thread-safe.
 */
public final class FaultyMarketData implements MarketData {

    /** The methods of {@link MarketData}. */
    public enum Call {
        SYMBOLS,
        QUOTE,
        CANDLES,
        EXPIRIES,
        CHAIN,
        INDIA_VIX,
        INDIA_VIX_HISTORY,
        NIFTY_HISTORY
    }

    /** One option chain asked for. */
    public record ChainRequest(String symbol, LocalDate expiry, LocalDate asOf) {}

    private static final String ANY = "*";

    private final MarketData delegate;
    private final Map<String, Supplier<RuntimeException>> faults = new ConcurrentHashMap<>();
    private final Map<Call, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<ChainRequest> chainRequests = new CopyOnWriteArrayList<>();
    private final Map<String, UnaryOperator<List<Candle>>> candleEdits = new ConcurrentHashMap<>();
    private final Map<String, UnaryOperator<List<Expiry>>> expiryEdits = new ConcurrentHashMap<>();

    /** Wraps {@code delegate}. */
    public FaultyMarketData(MarketData delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** From now on {@code call} for {@code symbol} throws what {@code fault} makes. */
    public FaultyMarketData fail(String symbol, Call call, Supplier<RuntimeException> fault) {
        faults.put(key(symbol, call), fault);
        return this;
    }

    /** From now on {@code call} throws what {@code fault} makes, whatever the symbol. */
    public FaultyMarketData fail(Call call, Supplier<RuntimeException> fault) {
        return fail(ANY, call, fault);
    }

    /** From now on the daily candles of {@code symbol} are those of the source passed through {@code edit}. */
    public FaultyMarketData editCandles(String symbol, UnaryOperator<List<Candle>> edit) {
        candleEdits.put(symbol, edit);
        return this;
    }

    /** From now on the expiries of {@code symbol} are those of the source passed through {@code edit}. */
    public FaultyMarketData editExpiries(String symbol, UnaryOperator<List<Expiry>> edit) {
        expiryEdits.put(symbol, edit);
        return this;
    }

    /** Removes every fault. */
    public FaultyMarketData heal() {
        faults.clear();
        return this;
    }

    /** Returns how often {@code call} was made (failed calls included). */
    public int calls(Call call) {
        AtomicInteger count = calls.get(call);
        return count == null ? 0 : count.get();
    }

    /** Returns the option chains asked for, in order. */
    public List<ChainRequest> chainRequests() {
        return List.copyOf(chainRequests);
    }

    @Override
    public List<String> symbols(LocalDate asOf) {
        check(ANY, Call.SYMBOLS);
        return delegate.symbols(asOf);
    }

    @Override
    public Quote quote(String symbol, LocalDate asOf) {
        check(symbol, Call.QUOTE);
        return delegate.quote(symbol, asOf);
    }

    @Override
    public List<Candle> dailyCandles(String symbol, LocalDate from, LocalDate to) {
        check(symbol, Call.CANDLES);
        return candleEdits.getOrDefault(symbol, c -> c).apply(delegate.dailyCandles(symbol, from, to));
    }

    @Override
    public List<Expiry> expiries(String symbol, LocalDate asOf) {
        check(symbol, Call.EXPIRIES);
        return expiryEdits.getOrDefault(symbol, e -> e).apply(delegate.expiries(symbol, asOf));
    }

    @Override
    public OptionChain optionChain(String symbol, LocalDate expiry, LocalDate asOf) {
        chainRequests.add(new ChainRequest(symbol, expiry, asOf));
        check(symbol, Call.CHAIN);
        return delegate.optionChain(symbol, expiry, asOf);
    }

    @Override
    public double indiaVix(LocalDate asOf) {
        check(ANY, Call.INDIA_VIX);
        return delegate.indiaVix(asOf);
    }

    @Override
    public List<Candle> indiaVixHistory(LocalDate from, LocalDate to) {
        check(ANY, Call.INDIA_VIX_HISTORY);
        return delegate.indiaVixHistory(from, to);
    }

    @Override
    public List<Candle> niftyHistory(LocalDate from, LocalDate to) {
        check(ANY, Call.NIFTY_HISTORY);
        return delegate.niftyHistory(from, to);
    }

    private void check(String symbol, Call call) {
        calls.computeIfAbsent(call, c -> new AtomicInteger()).incrementAndGet();
        Supplier<RuntimeException> fault = faults.get(key(symbol, call));
        if (fault == null) {
            fault = faults.get(key(ANY, call));
        }
        if (fault != null) {
            throw fault.get();
        }
    }

    private static String key(String symbol, Call call) {
        return symbol + "|" + call;
    }
}
