package io.optionsv4.bench;

import io.optionsv4.app.config.AnalysisConfig;
import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.exit.PlanCosts;
import io.optionsv4.core.exit.PlanProbabilities;
import io.optionsv4.core.exit.PlanSimulator;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.engine.pipeline.AnalysisPipeline;
import io.optionsv4.engine.pipeline.AnalysisRequest;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.MarketConditionsService;
import io.optionsv4.engine.pipeline.ProgressListener;
import io.optionsv4.engine.pipeline.RankedStrategy;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plan-aware probabilities ({@link PlanSimulator}, its default number of paths) of one strategy with its exit plan, one
 * thread. The strategies are the real ones the analysis keeps for the first 20 symbols of the simulated market
 * (seed 42, 20 November 2026); each invocation simulates the next one in turn, so the time is per strategy, averaged
 * over every family the analysis kept.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlanBenchmark {

    private final List<RankedStrategy> strategies = new ArrayList<>();
    private PlanSimulator simulator;
    private int next;

    /** Runs the analysis of 20 symbols on the simulated market and keeps its strategies and plans. */
    @Setup(Level.Trial)
    public void open() {
        TradingDays days = new TradingDays(ReferenceData.standard().calendar()::isPlannedTradingDay);
        SimulatedMarketData data = new SimulatedMarketData(42);
        Clock clock = Clock.systemUTC();
        AnalysisPipeline pipeline = new AnalysisPipeline(
                data,
                Optional.empty(),
                Optional.empty(),
                new MarketConditionsService(data, Optional.empty(), MarketStateEvaluator.DEFAULT, clock),
                AnalysisConfig.defaults(),
                clock,
                1,
                days);
        AnalysisRun run = pipeline.run(
                new AnalysisRequest(
                        LocalDate.of(2026, 11, 20), List.of(), OptionalInt.of(20), RiskTolerance.MODERATE, 3, false),
                ProgressListener.NONE);
        for (SymbolOutcome outcome : run.outcomes()) {
            if (outcome instanceof SymbolOutcome.Analysed a) {
                strategies.addAll(a.strategies());
            }
        }
        if (strategies.isEmpty()) {
            throw new IllegalStateException("the analysis of 20 simulated symbols kept no strategy");
        }
        simulator = new PlanSimulator(days, PlanSimulator.DEFAULT_PATHS, PlanSimulator.DEFAULT_SEED);
    }

    /** Simulates the plan of the next strategy. */
    @Benchmark
    public PlanProbabilities simulateOneStrategy() {
        RankedStrategy s = strategies.get(next);
        next = (next + 1) % strategies.size();
        return simulator.simulate(s.ranked().candidate(), s.exitPlan(), PlanCosts.NONE, 1.0);
    }
}
