package io.optionsv4.bench;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One day of the real NSE F&amp;O bhavcopy (1 January 2020, 31,809 contracts) through the replay: a fresh replay per
 * invocation parses the day's file and builds every chain of every underlying and expiry, with the synthetic forward,
 * the implied volatility and the Greeks of every priced contract. The directory is the project's {@code data/}
 * (gzipped files) or {@code -Doptionsv4.data.dir=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReplayBenchmark {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    private Path data;

    /** Finds the NSE files. */
    @Setup
    public void findData() {
        data = BenchInputs.projectData();
    }

    /** Parses the day and builds every chain with IV and Greeks; returns the number of priced options. */
    @Benchmark
    public int parseAndValueOneDay(Blackhole bh) {
        BhavcopyReplayMarketData replay = new BhavcopyReplayMarketData(data);
        int priced = 0;
        for (String symbol : replay.symbols(DAY)) {
            for (Expiry expiry : replay.expiries(symbol, DAY)) {
                OptionChain chain = replay.optionChain(symbol, expiry.date(), DAY);
                priced += (int) chain.rows().stream()
                        .flatMap(r -> java.util.stream.Stream.of(r.call(), r.put()))
                        .flatMap(java.util.Optional::stream)
                        .filter(q -> q.quality().isPriced())
                        .count();
                bh.consume(chain);
            }
        }
        return priced;
    }
}
