package io.optionsv4.bench;

import io.optionsv4.core.allocation.Allocation;
import io.optionsv4.core.allocation.AllocationCandidate;
import io.optionsv4.core.allocation.AllocationLeg;
import io.optionsv4.core.allocation.AllocationRequest;
import io.optionsv4.core.allocation.AllocationSettings;
import io.optionsv4.core.allocation.ExposureProfile;
import io.optionsv4.core.allocation.IndustryAllocation;
import io.optionsv4.core.allocation.OutcomeDistribution;
import io.optionsv4.core.allocation.PortfolioAllocator;
import io.optionsv4.core.allocation.PositionType;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole allocation ({@link PortfolioAllocator#allocate}, scenario grid included) over 1,000 candidate strategies:
 * 250 symbols in 12 industries with random weights and LONG/SHORT types, every conviction and family, credit spreads
 * and iron condors (2 or 4 legs priced with Black–Scholes–Merton, their delta and vega from the legs), plan outcomes
 * with a random edge, capital per lot ₹5,000–₹2,00,000, moderate profile. Fixed seed. Sample mode, so the JMH output
 * gives min (p0.00), median (p0.50) and max (p1.00) per call.
 *
 * <p>Run: {@code bench/run-allocation.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AllocationBenchmark {

    private static final int CANDIDATES = 1_000;
    private static final int SYMBOLS = 250;
    private static final int INDUSTRIES = 12;
    private static final double RATE = 0.065;

    /** The total capital in rupees: the issue's ₹15 lakh and ₹1 crore. */
    @Param({"1500000", "10000000"})
    public double capital;

    private AllocationRequest request;

    /** Builds the 1,000 candidates. */
    @Setup
    public void build() {
        SplittableRandom random = new SplittableRandom(20261121L);
        List<AllocationCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(candidate(i + 1, random));
        }
        List<IndustryAllocation> industries = new ArrayList<>();
        for (int i = 0; i < INDUSTRIES; i++) {
            industries.add(new IndustryAllocation(
                    "Industry" + i,
                    BigDecimal.valueOf(100.0 / 16).setScale(4, java.math.RoundingMode.DOWN),
                    random.nextBoolean() ? PositionType.LONG : PositionType.SHORT,
                    OptionalDouble.empty(),
                    IndustryAllocation.Source.DERIVED,
                    LocalDate.of(2026, 11, 20)));
        }
        request = new AllocationRequest(
                candidates,
                industries,
                MarketState.BULLISH_NORMAL_VIX,
                capital,
                RiskTolerance.MODERATE,
                List.of(),
                AllocationSettings.DEFAULT);
        Allocation check = allocate();
        if (check.positions().isEmpty() || check.scenarios().cells().size() != 81) {
            throw new IllegalStateException("the benchmark allocation took nothing");
        }
    }

    /** Allocates the 1,000 candidates and computes the scenario grid. */
    @Benchmark
    public Allocation allocate() {
        return PortfolioAllocator.STANDALONE.allocate(request);
    }

    private static AllocationCandidate candidate(long id, SplittableRandom random) {
        int symbol = random.nextInt(SYMBOLS);
        double spot = 100 + symbol * 97.0;
        int lotSize = 25 * (1 + random.nextInt(40));
        DirectionalBias bias = DirectionalBias.values()[random.nextInt(3)];
        double capitalPerLot = 5_000 + random.nextDouble() * 195_000;
        double edge = random.nextDouble() * 2.5;
        OutcomeDistribution outcomes = new OutcomeDistribution(
                0.6, 0.25, 0.15, 0.2 * edge * capitalPerLot, -0.3 * capitalPerLot, 0.02 * capitalPerLot);
        List<AllocationLeg> legs = new ArrayList<>();
        double iv = 0.15 + random.nextDouble() * 0.3;
        double years = (7 + random.nextInt(50)) / 365.0;
        if (bias != DirectionalBias.BEARISH) {
            legs.add(leg(Right.PUT, spot, spot * 0.97, years, iv, -lotSize));
            legs.add(leg(Right.PUT, spot, spot * 0.94, years, iv, lotSize));
        }
        if (bias != DirectionalBias.BULLISH) {
            legs.add(leg(Right.CALL, spot, spot * 1.03, years, iv, -lotSize));
            legs.add(leg(Right.CALL, spot, spot * 1.06, years, iv, lotSize));
        }
        double delta = 0;
        double vega = 0;
        for (AllocationLeg leg : legs) {
            Greeks g = BlackScholesMerton.greeks(leg.right(), spot, leg.strike(), years, iv, RATE, 0);
            delta += leg.unitsPerLot() * g.delta() * spot / 100;
            vega += leg.unitsPerLot() * g.vega();
        }
        StrategyCategory category = StrategyCategory.values()[random.nextInt(StrategyCategory.values().length)];
        Conviction conviction = Conviction.values()[random.nextInt(Conviction.values().length)];
        return new AllocationCandidate(
                new StrategyId(id),
                "SYM" + symbol,
                "Industry" + (symbol % INDUSTRIES),
                bias,
                category,
                conviction,
                random.nextDouble(),
                capitalPerLot,
                outcomes,
                outcomes.expectedPnlPerLot(),
                new ExposureProfile(spot, 0.6 + random.nextDouble(), 0, delta, vega, legs, 0),
                1,
                Integer.MAX_VALUE);
    }

    private static AllocationLeg leg(Right right, double spot, double strike, double years, double iv, int units) {
        return new AllocationLeg(
                right, strike, years, iv, units, BlackScholesMerton.price(right, spot, strike, years, iv, RATE, 0));
    }
}
