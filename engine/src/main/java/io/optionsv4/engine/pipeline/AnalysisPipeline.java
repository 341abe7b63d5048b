package io.optionsv4.engine.pipeline;

import io.optionsv4.core.allocation.AllocationStore;
import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsResult;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.margin.MarginSource;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.RejectionReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Strategy creation over a universe: market conditions once, then every symbol in parallel through {@link
 * SymbolPipeline}, each stored in its own transaction as soon as it is done. A symbol that fails (bad data, an
 * unexpected exception, a store error) is reported and counted; the others go on.
 */
public final class AnalysisPipeline {

    /** How far back the last session before a non-trading day is looked for. */
    private static final int SESSION_SEARCH_DAYS = 14;

    private final MarketData marketData;
    private final InOrderStorage storage;
    private final MarketConditionsService conditions;
    private final SymbolPipeline symbols;
    private final Optional<IvHistoryStore> ivHistory;
    private final TradingDays tradingDays;
    private final Clock clock;
    private final int parallelism;

    /**
     * Creates the pipeline.
     *
     * @param marketData the market data source (thread-safe)
     * @param analysisStore where analyses are stored, if anywhere ({@code --no-database} gives none)
     * @param ivHistory the stored ATM IV history, if a database is open
     * @param conditions the market conditions of the run
     * @param settings the configuration
     * @param clock for the run's elapsed time
     * @param parallelism worker threads, {@code >= 1}
     */
    public AnalysisPipeline(
            MarketData marketData,
            Optional<AnalysisStore> analysisStore,
            Optional<IvHistoryStore> ivHistory,
            MarketConditionsService conditions,
            AnalysisSettings settings,
            Clock clock,
            int parallelism) {
        this(marketData, analysisStore, ivHistory, conditions, settings, clock, parallelism, TradingDays.WEEKDAYS);
    }

    /**
     * Creates the pipeline whose exit plans fall on {@code tradingDays} (the exchange calendar, from reference data);
     * the other parameters as above.
     *
     * @param tradingDays the trading days time exits are placed on and holding periods counted in
     */
    public AnalysisPipeline(
            MarketData marketData,
            Optional<AnalysisStore> analysisStore,
            Optional<IvHistoryStore> ivHistory,
            MarketConditionsService conditions,
            AnalysisSettings settings,
            Clock clock,
            int parallelism,
            TradingDays tradingDays) {
        this(marketData, analysisStore, ivHistory, conditions, settings, clock, parallelism, tradingDays, Outputs.NONE);
    }

    /**
     * The optional ports of a pipeline beyond the analysis store.
     *
     * @param allocationStore where each stored strategy's plan outcome distribution per lot (the allocator's input) is
     *     stored, if anywhere
     * @param brokerMargin the broker's margin calculator ({@code --data dhan}) the kept strategies take their capital
     *     required from, the local model's figure kept beside it; empty for the local NSE-like model only
     */
    public record Outputs(Optional<AllocationStore> allocationStore, Optional<MarginSource> brokerMargin) {

        /** Neither: plan outcomes are not stored and capital is the local margin model's. */
        public static final Outputs NONE = new Outputs(Optional.empty(), Optional.empty());

        /** Validates the components. */
        public Outputs {
            Checks.notNull(allocationStore, "allocationStore");
            Checks.notNull(brokerMargin, "brokerMargin");
        }
    }

    /**
     * Creates the pipeline with the optional {@code outputs} (plan outcomes stored for the allocator, a broker's
     * margin calculator); the other parameters as above.
     *
     * @param outputs the optional ports
     */
    public AnalysisPipeline(
            MarketData marketData,
            Optional<AnalysisStore> analysisStore,
            Optional<IvHistoryStore> ivHistory,
            MarketConditionsService conditions,
            AnalysisSettings settings,
            Clock clock,
            int parallelism,
            TradingDays tradingDays,
            Outputs outputs) {
        Checks.notNull(outputs, "outputs");
        this.marketData = Checks.notNull(marketData, "marketData");
        this.storage = new InOrderStorage(Checks.notNull(analysisStore, "analysisStore"), outputs.allocationStore());
        this.conditions = Checks.notNull(conditions, "conditions");
        this.symbols = new SymbolPipeline(
                marketData, ivHistory, settings, tradingDays, new BrokerMargin(outputs.brokerMargin()));
        this.ivHistory = ivHistory;
        this.tradingDays = Checks.notNull(tradingDays, "tradingDays");
        this.clock = Checks.notNull(clock, "clock");
        Checks.argument(parallelism >= 1, "parallelism must be >= 1 but was " + parallelism);
        this.parallelism = parallelism;
    }

    /**
     * Runs {@code request}.
     *
     * @throws MarketDataException when the universe or India VIX of the day cannot be read: nothing can be analysed;
     *     or when the source refuses the credentials ({@link MarketDataException#isAccessDenied()}), at the first call
     *     that meets it, instead of once per symbol
     */
    public AnalysisRun run(AnalysisRequest requested, ProgressListener progress) {
        Checks.notNull(requested, "request");
        Checks.notNull(progress, "progress");
        Instant start = clock.instant();
        List<String> warnings = new ArrayList<>();
        AnalysisRequest request = onSession(requested, warnings);
        MarketConditionsResult market = conditions.conditions(request.asOf());
        Optional<MarketConditions> known = market instanceof MarketConditions m ? Optional.of(m) : Optional.empty();
        double vix = known.map(m -> m.vix().level()).orElseGet(() -> marketData.indiaVix(request.asOf()));
        List<String> universe = universe(request);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        List<String> progressErrors = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicReference<MarketDataException> refused =
                new java.util.concurrent.atomic.AtomicReference<>();
        List<SymbolOutcome> outcomes = new ArrayList<>(universe.size());
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, universe.size())));
        try {
            List<Future<SymbolOutcome>> futures = new ArrayList<>(universe.size());
            for (String symbol : universe) {
                futures.add(workers.submit(() -> {
                    MarketDataException refusal = refused.get();
                    if (refusal != null) {
                        throw refusal; // the source refused the credentials: ask it nothing more
                    }
                    try {
                        return analyse(symbol, request, known, vix);
                    } catch (MarketDataException e) {
                        if (e.isAccessDenied()) {
                            refused.compareAndSet(null, e);
                        }
                        throw e;
                    }
                }));
            }
            // Stored here, in the universe's order, those analysed by the time the next is due together.
            int next = 0;
            while (next < futures.size()) {
                List<SymbolOutcome> batch = new ArrayList<>();
                batch.add(result(universe.get(next), futures.get(next)));
                int end = InOrderStorage.batchEnd(futures, next);
                for (int i = next + 1; i < end; i++) {
                    batch.add(result(universe.get(i), futures.get(i)));
                }
                for (SymbolOutcome outcome : storage.store(batch, request.store(), stored)) {
                    try {
                        progress.finished(outcome, done.incrementAndGet(), universe.size());
                    } catch (RuntimeException e) {
                        // The listener's failure is not the symbol's: its outcome (and storage) stand.
                        progressErrors.add(outcome.symbol() + ": " + describe(e));
                    }
                    outcomes.add(outcome);
                }
                next = end;
            }
        } finally {
            workers.shutdownNow();
        }
        warnings.addAll(conditions.storeErrors(request.asOf()));
        ChainsOnlyWarning.of(outcomes).ifPresent(warnings::add);
        NoVolumeWarning.of(outcomes).ifPresent(warnings::add);
        IvRankWarning.of(outcomes).ifPresent(warnings::add);
        if (market instanceof MarketConditionsResult.Unavailable u) {
            warnings.add("market conditions unavailable (" + u.missing() + "): strategies ranked without them");
        }
        if (!progressErrors.isEmpty()) {
            warnings.add("progress listener failed for " + progressErrors.size() + " symbol(s), e.g. "
                    + progressErrors.get(0));
        }
        return new AnalysisRun(
                request.asOf(),
                request.risk(),
                market,
                vix,
                outcomes,
                RunSummary.of(outcomes),
                stored.get(),
                warnings,
                Duration.between(start, clock.instant()));
    }

    /**
     * Fills the gaps in the stored IV history of the request's symbols ({@link IvBackfill}) over the {@code sessions}
     * trading days before its day; nothing without an IV history store.
     *
     * @throws MarketDataException when the universe of the day cannot be read
     * @throws io.optionsv4.core.result.StoreException when the store fails
     */
    public IvBackfill.Result backfillIvHistory(AnalysisRequest request, int sessions, IvBackfill.Progress progress) {
        Checks.notNull(request, "request");
        if (ivHistory.isEmpty()) {
            return new IvBackfill.Result(List.of(), 0, 0, 0);
        }
        return new IvBackfill(marketData, ivHistory.get(), tradingDays, parallelism)
                .backfill(universe(request), request.asOf(), sessions, progress);
    }

    /**
     * Returns the request moved to the last trading session on or before its day (NIFTY's last daily candle), so that
     * a weekend or holiday analyses, and stores under, the session whose prices it sees; a warning says so.
     */
    private AnalysisRequest onSession(AnalysisRequest request, List<String> warnings) {
        List<io.optionsv4.core.market.Candle> recent;
        try {
            recent = marketData.niftyHistory(request.asOf().minusDays(SESSION_SEARCH_DAYS), request.asOf());
        } catch (MarketDataException e) {
            if (e.isAccessDenied()) {
                throw e;
            }
            return request;
        }
        if (recent.isEmpty() || !recent.get(recent.size() - 1).date().isBefore(request.asOf())) {
            return request;
        }
        LocalDate session = recent.get(recent.size() - 1).date();
        warnings.add(request.asOf() + " is not a trading session: analysed the last session, " + session);
        return new AnalysisRequest(
                session, request.symbols(), request.limit(), request.risk(), request.top(), request.store());
    }

    private List<String> universe(AnalysisRequest request) {
        if (!request.symbols().isEmpty()) {
            return request.symbols();
        }
        List<String> all = marketData.symbols(request.asOf());
        return request.limit().isPresent() && request.limit().getAsInt() < all.size()
                ? all.subList(0, request.limit().getAsInt())
                : all;
    }

    private SymbolOutcome analyse(
            String symbol, AnalysisRequest request, Optional<MarketConditions> market, double vix) {
        try {
            return symbols.analyse(symbol, request.asOf(), market, vix, request.risk(), request.top());
        } catch (MarketDataException e) {
            if (e.isAccessDenied()) {
                throw e;
            }
            return new SymbolOutcome.NoStrategy(
                    symbol, Optional.empty(), RejectionReason.FAILED, describe(e), List.of());
        } catch (RuntimeException e) {
            return new SymbolOutcome.NoStrategy(
                    symbol, Optional.empty(), RejectionReason.FAILED, describe(e), List.of());
        }
    }

    private static SymbolOutcome result(String symbol, Future<SymbolOutcome> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MarketDataException m && m.isAccessDenied()) {
                throw m; // credentials refused: one error for the run, not one per symbol
            }
            return new SymbolOutcome.NoStrategy(
                    symbol, Optional.empty(), RejectionReason.FAILED, describe(e.getCause()), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted at " + symbol, e);
        }
    }

    /** Returns the exception's simple class name and message, as outcomes and warnings report it. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
