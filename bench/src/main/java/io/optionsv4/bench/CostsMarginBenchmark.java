package io.optionsv4.bench;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.RoundTripCosts;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.margin.MarginBasket;
import io.optionsv4.core.margin.MarginCalculator;
import io.optionsv4.core.margin.MarginMarket;
import io.optionsv4.core.margin.MarginRequirement;
import io.optionsv4.core.probability.OptionLeg;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Costs and margin of one 4-leg strategy (issue 12, target ≤ 5 µs together): a NIFTY iron condor of 75 units a leg
 * (23300/23500 PE, 24500/24700 CE) entered on 2026-05-04, spot 24,000, vol 15 %, expiry 2026-05-26. One invocation is
 * the entry and exit contract notes of the round trip closed at target prices (8 orders, rates looked up by date) plus
 * the SPAN-like margin of the basket (16 scenarios, 68 Black–Scholes–Merton prices); the three separate benchmarks
 * show where the time goes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CostsMarginBenchmark {

    private static final LocalDate ENTRY = LocalDate.of(2026, 5, 4);
    private static final LocalDate EXIT = LocalDate.of(2026, 5, 15);

    private final CostCalculator costs = CostCalculator.nseDhan();
    private final MarginCalculator margins = MarginCalculator.NSE;
    private final List<OptionLeg> legs = List.of(
            OptionLeg.of(Right.PUT, 23_300, 75, 31.85),
            OptionLeg.of(Right.PUT, 23_500, -75, 52.40),
            OptionLeg.of(Right.CALL, 24_500, -75, 58.10),
            OptionLeg.of(Right.CALL, 24_700, 75, 27.35));
    private final double[] exitPremiums = {4.05, 9.10, 10.20, 3.15};
    private final MarginBasket basket = MarginBasket.of(legs, 0.15);
    private final MarginMarket market =
            new MarginMarket(UnderlyingKind.INDEX, 24_000, 0.15, 0.065, 0.0, LocalDate.of(2026, 5, 26));

    /** Round-trip costs (entry and exit notes) and the margin of the iron condor. */
    @Benchmark
    public void costsAndMargin(Blackhole bh) {
        bh.consume(costs.closedAt(legs, ENTRY, EXIT, exitPremiums));
        bh.consume(margins.margin(basket, market, ENTRY));
    }

    /** Round-trip costs only. */
    @Benchmark
    public RoundTripCosts costsOnly() {
        return costs.closedAt(legs, ENTRY, EXIT, exitPremiums);
    }

    /** Margin only. */
    @Benchmark
    public MarginRequirement marginOnly() {
        return margins.margin(basket, market, ENTRY);
    }
}
