package io.optionsv4.bench;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.exit.ExitEvaluator;
import io.optionsv4.core.exit.ExitPlan;
import io.optionsv4.core.exit.ExitRules;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.Tick;
import io.optionsv4.engine.monitor.LiveBook;
import io.optionsv4.engine.monitor.OpenLeg;
import io.optionsv4.engine.monitor.OpenStrategy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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

/**
 * Tick to exit decision (issue 16, target p99 ≤ 1 ms): 1,000 open iron condors (4 legs each, 75 units a leg) on 100
 * underlyings, 5,000 subscribed instruments (the 4,000 legs, the 100 underlyings and 900 instruments nothing holds),
 * ticks drawn uniformly over the 5,000 with prices moving ±2 %. One invocation is one tick through {@link
 * LiveBook#onTick}: mark update, re-mark of every strategy holding the instrument (an underlying's tick re-marks its 10
 * strategies: executable P&amp;L, exit costs, Greeks) and the exit evaluator. Sample mode gives the percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MonitorBenchmark {

    private static final int SYMBOLS = 100;
    private static final int STRATEGIES = 1_000;
    private static final int SUBSCRIBED = 5_000;
    private static final int TICKS = 1 << 16;
    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 29);
    private static final Instant START = Instant.parse("2026-12-08T04:30:00Z");

    private LiveBook book;
    private Tick[] ticks;
    private int next;
    private long decisions;

    /** Builds the book, marks every instrument once and draws the ticks. */
    @Setup
    public void setUp() {
        book = new LiveBook(
                CostCalculator.nseDhan(),
                TradingDays.WEEKDAYS,
                ExitEvaluator.STANDARD,
                0.065,
                (s, m, d) -> decisions++);
        Random random = new Random(20261207L);
        List<FeedInstrument> instruments = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        for (int s = 0; s < STRATEGIES; s++) {
            String symbol = "SYM" + (s % SYMBOLS);
            double spot = 1_000 + 10 * (s % SYMBOLS);
            double offset = 5 * (s / SYMBOLS + 1);
            double[] strikes = {spot - 2 * offset, spot - offset, spot + offset, spot + 2 * offset};
            Right[] rights = {Right.PUT, Right.PUT, Right.CALL, Right.CALL};
            Side[] sides = {Side.BUY, Side.SELL, Side.SELL, Side.BUY};
            List<OpenLeg> legs = new ArrayList<>();
            for (int l = 0; l < 4; l++) {
                FeedInstrument.Option option = new FeedInstrument.Option(symbol, EXPIRY, strikes[l], rights[l]);
                double premium = 20 + 10 * (l == 1 || l == 2 ? 1 : 0);
                legs.add(new OpenLeg(l, option, sides[l], 75, premium, 0.2, true));
                instruments.add(option);
                prices.add(premium);
            }
            book.add(new OpenStrategy(
                    s, symbol, "Iron Condor", LocalDate.of(2026, 12, 1), legs, rules(), 120, 0, 0, 0, Set.of()));
        }
        for (int u = 0; u < SYMBOLS; u++) {
            instruments.add(new FeedInstrument.Spot("SYM" + u));
            prices.add(1_000.0 + 10 * u);
        }
        while (instruments.size() < SUBSCRIBED) {
            instruments.add(new FeedInstrument.Spot("OTHER" + instruments.size()));
            prices.add(500.0);
        }
        for (int i = 0; i < instruments.size(); i++) {
            book.onTick(tick(instruments.get(i), START, prices.get(i)));
        }
        ticks = new Tick[TICKS];
        for (int t = 0; t < TICKS; t++) {
            int i = random.nextInt(instruments.size());
            double price = prices.get(i) * (1 + 0.02 * (2 * random.nextDouble() - 1));
            ticks[t] = tick(instruments.get(i), START.plusMillis(t), price);
        }
    }

    private static Tick tick(FeedInstrument instrument, Instant at, double price) {
        if (instrument instanceof FeedInstrument.Spot) {
            return new Tick(instrument, at, price, Optional.empty());
        }
        double half = Math.max(0.05, Math.round(price * 0.01 * 20) / 20.0);
        return new Tick(instrument, at, price, Optional.of(new BidAsk(Math.max(0.05, price - half), price + half)));
    }

    private static ExitRules rules() {
        return new ExitRules(
                List.of(new ExitPlan.ProfitTarget(750, 0.5, "half"), new ExitPlan.ProfitTarget(1_500, 0.5, "rest")),
                3_000,
                Optional.empty(),
                Optional.of(new ExitRules.TrailingStop(1_000, 0.4)),
                7,
                LocalDate.of(2026, 12, 22),
                0,
                List.of(new ExitPlan.GreekTrigger(ExitPlan.GreekKind.DELTA, 0, 400, 0.5, "halve")),
                List.of(),
                1,
                Duration.ofSeconds(30));
    }

    /** One tick to its decisions. */
    @Benchmark
    public long tickToDecision() {
        Tick tick = ticks[next];
        next = (next + 1) & (TICKS - 1);
        book.onTick(tick);
        return decisions;
    }
}
