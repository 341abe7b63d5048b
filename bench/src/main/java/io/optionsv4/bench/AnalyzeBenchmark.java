package io.optionsv4.bench;

import io.optionsv4.app.config.AnalysisConfig;
import io.optionsv4.core.analysis.TechnicalIndicators;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.pipeline.AnalysisPipeline;
import io.optionsv4.engine.pipeline.AnalysisRequest;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.AnalysisSettings;
import io.optionsv4.engine.pipeline.MarketConditionsService;
import io.optionsv4.engine.pipeline.ProgressListener;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import io.optionsv4.store.JdbiAnalysisStore;
import io.optionsv4.store.JdbiIvHistoryStore;
import io.optionsv4.store.JdbiMarketConditionsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole {@code analyze} run over a universe, storage included, on a warm JVM: every underlying of the simulated
 * market (as of 20 Nov 2026) or of the real replay of 3 January 2020, both risk tolerances' work identical (moderate),
 * two worker threads on this two-core machine, the embedded PostgreSQL 17 in a temporary home. Before every invocation
 * the day's stored strategies are deleted, so each run stores everything again (the idempotency check never
 * short-cuts), and a new market data source is opened when {@code freshData} is true, so its chain caches start cold.
 *
 * <p>Run: {@code bench/run-analyze.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyzeBenchmark {

    /** Which market: {@code sim} or {@code replay}. */
    @Param({"sim", "replay"})
    public String market;

    /** Whether every invocation opens a new market data source (cold caches) or reuses one. */
    @Param({"true", "false"})
    public boolean freshData;

    private Path home;
    private Database database;
    private AnalysisSettings settings;
    private LocalDate asOf;
    private MarketData marketData;
    private AnalysisPipeline pipeline;

    /** Opens the database and loads the settings. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        home = Files.createTempDirectory("options-v4-bench-analyze");
        database = Database.open(DbConfig.embedded(home));
        settings = AnalysisConfig.defaults();
        asOf = market.equals("sim") ? LocalDate.of(2026, 11, 20) : LocalDate.of(2020, 1, 3);
        marketData = newMarketData();
        pipeline = pipeline(marketData);
    }

    /**
     * Deletes the day's strategies, forgets the indicator series remembered from the last invocation (one {@code
     * analyze} process computes each symbol's indicators once) and, with {@code freshData}, opens a new market data
     * source.
     */
    @Setup(Level.Invocation)
    public void reset() {
        database.jdbi().useHandle(h -> h.execute("DELETE FROM strategies WHERE trade_date = ?", asOf));
        TechnicalIndicators.forgetRememberedSeries();
        if (freshData) {
            pipeline = pipeline(newMarketData());
        }
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void close() {
        database.close();
    }

    /** Analyses and stores the whole universe. */
    @Benchmark
    public AnalysisRun analyzeUniverse() {
        AnalysisRun run = pipeline.run(
                new AnalysisRequest(asOf, List.of(), OptionalInt.empty(), RiskTolerance.MODERATE, 3, true),
                ProgressListener.NONE);
        if (run.summary().withStrategies() == 0 || run.stored() != run.summary().withStrategies()) {
            throw new IllegalStateException("benchmark run stored " + run.stored() + " of "
                    + run.summary().withStrategies() + " symbols with strategies");
        }
        return run;
    }

    private MarketData newMarketData() {
        return market.equals("sim")
                ? new SimulatedMarketData(42)
                : new BhavcopyReplayMarketData(BenchInputs.projectData());
    }

    private AnalysisPipeline pipeline(MarketData data) {
        Clock clock = Clock.systemUTC();
        MarketConditionsService conditions = new MarketConditionsService(
                data,
                Optional.of(new JdbiMarketConditionsStore(database.jdbi(), clock)),
                MarketStateEvaluator.DEFAULT,
                clock);
        return new AnalysisPipeline(
                data,
                Optional.of(new JdbiAnalysisStore(database.jdbi())),
                Optional.of(new JdbiIvHistoryStore(database.jdbi())),
                conditions,
                settings,
                clock,
                Runtime.getRuntime().availableProcessors(),
                new TradingDays(ReferenceData.standard().calendar()::isPlannedTradingDay));
    }
}
