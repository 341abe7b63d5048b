package io.optionsv4.bench;

import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.history.HistoricalNiftyMarket;
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
 * The historical NIFTY market as a backtest walks it: for a session, the day's view ({@code asOf}), the NIFTY quote,
 * India VIX, the listed expiries and the chains of the four nearest expiries (what the analysis asks for NIFTY).
 * {@code oneSession}: one new session per call, the sessions of 2008-03-03..2026-03-13 in order and round again (the
 * chains of a session are never cached when it comes back: the cache keeps the last 512 chains).
 * {@code fullHistory}: all 4,420 sessions in one call on a market loaded before the call (the files are parsed in
 * the setup, 1-3 s, not timed).
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HistoricalNiftyBenchmark {

    private static final int CHAINS_PER_DAY = 4;

    private HistoricalNiftyMarket market;
    private List<LocalDate> sessions;
    private int next;

    /** Loads the files once for {@link #oneSession}. */
    @Setup(Level.Trial)
    public void load() {
        market = HistoricalNiftyMarket.load(ProjectData.directory());
        sessions = market.sessions(LocalDate.of(2008, 3, 3), LocalDate.of(2026, 3, 13));
    }

    /** A fresh market (empty caches) before each {@link #fullHistory} call. */
    @State(Scope.Thread)
    public static class Fresh {
        HistoricalNiftyMarket market;

        /** Loads the files again. */
        @Setup(Level.Invocation)
        public void load() {
            market = HistoricalNiftyMarket.load(ProjectData.directory());
        }
    }

    /** One session: quote, VIX, expiries and the four nearest chains. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void oneSession(Blackhole bh) {
        LocalDate day = sessions.get(next);
        next = (next + 1) % sessions.size();
        session(market.asOf(day), day, bh);
    }

    /** Every session of 2008-03-03..2026-03-13 on a market with empty caches. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    public void fullHistory(Fresh fresh, Blackhole bh) {
        for (LocalDate day : sessions) {
            session(fresh.market.asOf(day), day, bh);
        }
    }

    private static void session(HistoricalNiftyMarket view, LocalDate day, Blackhole bh) {
        bh.consume(view.quote(HistoricalNiftyMarket.NIFTY, day));
        bh.consume(view.indiaVix(day));
        List<Expiry> expiries = view.expiries(HistoricalNiftyMarket.NIFTY, day);
        for (int i = 0; i < Math.min(CHAINS_PER_DAY, expiries.size()); i++) {
            bh.consume(view.optionChain(
                    HistoricalNiftyMarket.NIFTY, expiries.get(i).date(), day));
        }
    }
}
