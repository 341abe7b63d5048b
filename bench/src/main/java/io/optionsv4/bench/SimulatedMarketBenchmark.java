package io.optionsv4.bench;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.time.LocalDate;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The simulated market's as-of snapshot: every underlying's quote and nearest-expiry option chain (IV and Greeks for
 * both sides of every strike) for one day, as the analysis pipeline asks for it. Each invocation gets a fresh market
 * (empty chain cache). {@code snapshotPathsCached}: the year's daily paths were already simulated (a second day of the
 * same year); {@code snapshotCold}: the paths of the year are simulated too (the first day asked in a year).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SimulatedMarketBenchmark {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 12);

    private SimulatedMarketData warm;
    private SimulatedMarketData cold;
    private long seed = 1;

    /** Builds the markets of the next invocation: one with the year's paths simulated, one untouched. */
    @Setup(Level.Invocation)
    public void setUp() {
        seed++;
        warm = new SimulatedMarketData(seed);
        for (String symbol : warm.symbols(DAY)) {
            warm.quote(symbol, DAY);
        }
        cold = new SimulatedMarketData(-seed);
    }

    /** Quotes and nearest chains of the whole universe, the year's paths already simulated. */
    @Benchmark
    public void snapshotPathsCached(Blackhole bh) {
        snapshot(warm, bh);
    }

    /** Quotes and nearest chains of the whole universe, simulating the year's paths first. */
    @Benchmark
    public void snapshotCold(Blackhole bh) {
        snapshot(cold, bh);
    }

    private static void snapshot(MarketData market, Blackhole bh) {
        List<String> symbols = market.symbols(DAY);
        for (String symbol : symbols) {
            bh.consume(market.quote(symbol, DAY));
            bh.consume(market.optionChain(
                    symbol, market.expiries(symbol, DAY).get(0).date(), DAY));
        }
    }
}
