package io.optionsv4.engine.pipeline;

import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsResult;
import io.optionsv4.core.conditions.MarketConditionsStore;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.Candle;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The market as a whole for a day: NIFTY's trend, India VIX's regime and NIFTY's put/call ratio, evaluated once and
 * kept for {@link #TIME_TO_LIVE} (live data moves; end-of-day data does not, and the cache costs nothing there). Each
 * evaluation is stored through the {@link MarketConditionsStore} when one is given ({@code market_conditions}).
 * Thread-safe.
 */
public final class MarketConditionsService {

    /** How long an evaluation is reused. */
    public static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    /** Calendar days of NIFTY and VIX history read: enough for the 200-day EMA and a year of VIX percentiles. */
    static final int HISTORY_DAYS = 420;

    private static final String NIFTY = "NIFTY";

    /** How {@link MarketStateEvaluator} names missing India VIX history. */
    private static final String INDIA_VIX = "India VIX";

    private final MarketData marketData;
    private final Optional<MarketConditionsStore> store;
    private final MarketStateEvaluator evaluator;
    private final Clock clock;
    private final Map<LocalDate, Cached> cache = new ConcurrentHashMap<>();

    private final Map<LocalDate, List<String>> storeErrors = new ConcurrentSkipListMap<>();

    private record Cached(MarketConditionsResult result, Instant at) {}

    /**
     * Creates the service.
     *
     * @param marketData where NIFTY, VIX and the NIFTY chain come from
     * @param store where evaluations are kept, if anywhere
     * @param evaluator the market-state rules
     * @param clock the clock of the cache
     */
    public MarketConditionsService(
            MarketData marketData, Optional<MarketConditionsStore> store, MarketStateEvaluator evaluator, Clock clock) {
        this.marketData = Checks.notNull(marketData, "marketData");
        this.store = Checks.notNull(store, "store");
        this.evaluator = Checks.notNull(evaluator, "evaluator");
        this.clock = Checks.notNull(clock, "clock");
    }

    /**
     * Returns the conditions of {@code asOf}, evaluated now or within the last hour. Missing history gives {@link
     * MarketConditionsResult.Unavailable}; a market data failure is reported the same way, naming the source's message.
     */
    public MarketConditionsResult conditions(LocalDate asOf) {
        Instant now = clock.instant();
        Cached cached = cache.compute(
                asOf,
                (day, old) ->
                        old != null && old.at().plus(TIME_TO_LIVE).isAfter(now) ? old : new Cached(evaluate(day), now));
        return cached.result();
    }

    /**
     * Returns why storing an evaluation failed, one message per failure, oldest day first; the evaluation itself was
     * still used.
     */
    public List<String> storeErrors() {
        return storeErrors.values().stream().flatMap(List::stream).toList();
    }

    /** Returns why storing the evaluations of {@code asOf} failed, one message per failure. */
    public List<String> storeErrors(LocalDate asOf) {
        return List.copyOf(storeErrors.getOrDefault(Checks.notNull(asOf, "asOf"), List.of()));
    }

    private MarketConditionsResult evaluate(LocalDate asOf) {
        LocalDate from = asOf.minusDays(HISTORY_DAYS);
        Optional<String> niftyFailure = Optional.empty();
        Optional<String> vixFailure = Optional.empty();
        List<Candle> nifty = List.of();
        List<Candle> vix = List.of();
        try {
            nifty = marketData.niftyHistory(from, asOf);
        } catch (MarketDataException e) {
            rethrowAccessDenied(e);
            niftyFailure = Optional.of(message(e));
        }
        try {
            vix = marketData.indiaVixHistory(from, asOf);
        } catch (MarketDataException e) {
            rethrowAccessDenied(e);
            vixFailure = Optional.of(message(e));
        }
        MarketConditionsResult result = evaluator.evaluate(nifty, vix, niftyPutCallRatio(asOf), asOf);
        if (result instanceof MarketConditionsResult.Unavailable unavailable) {
            return withFailures(unavailable, niftyFailure, vixFailure);
        }
        MarketConditions conditions = (MarketConditions) result;
        store.ifPresent(s -> {
            try {
                s.store(conditions);
            } catch (RuntimeException e) {
                // A StoreException as the port promises, or a store bug: neither stops the run that asked.
                String why =
                        e instanceof StoreException ? message(e) : e.getClass().getSimpleName() + ": " + message(e);
                storeErrors
                        .computeIfAbsent(asOf, d -> new CopyOnWriteArrayList<>())
                        .add(asOf + ": " + why);
            }
        });
        return result;
    }

    /**
     * Names the market data failures in the missing history they caused: the evaluator only sees an empty history, so
     * without this the trader would read "0 candles" and never the source's reason.
     */
    private static MarketConditionsResult.Unavailable withFailures(
            MarketConditionsResult.Unavailable unavailable, Optional<String> nifty, Optional<String> vix) {
        if (nifty.isEmpty() && vix.isEmpty()) {
            return unavailable;
        }
        return new MarketConditionsResult.Unavailable(unavailable.missing().stream()
                .map(h -> {
                    Optional<String> failure = h.what().startsWith(INDIA_VIX) ? vix : nifty;
                    return failure.map(m ->
                                    new InsufficientHistory(h.what() + " (" + m + ")", h.required(), h.available()))
                            .orElse(h);
                })
                .toList());
    }

    private Optional<PutCallRatio> niftyPutCallRatio(LocalDate asOf) {
        try {
            Optional<LocalDate> near = marketData.expiries(NIFTY, asOf).stream()
                    .map(Expiry::date)
                    .filter(d -> d.isAfter(asOf))
                    .findFirst();
            return near.map(d -> PutCallRatio.of(marketData.optionChain(NIFTY, d, asOf)))
                    .filter(p -> p.byOpenInterest().isPresent());
        } catch (MarketDataException e) {
            rethrowAccessDenied(e);
            return Optional.empty();
        }
    }

    /** A source that refuses the credentials fails every later call too: that is not "conditions unavailable". */
    private static void rethrowAccessDenied(MarketDataException e) {
        if (e.isAccessDenied()) {
            throw e;
        }
    }

    /** The exception's message, or its name when it has none. */
    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
