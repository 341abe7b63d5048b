package io.optionsv4.bench;

import com.opengamma.strata.pricer.impl.option.BlackFormulaRepository;
import com.opengamma.strata.pricer.impl.option.BlackScholesFormulaRepository;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
import io.optionsv4.core.pricing.ImpliedVolatilitySolver;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Price with all first-order Greeks, and implied volatility: Options V4 and OpenGamma Strata side by side over the same
 * {@link BenchInputs}. Each invocation runs all 10,000 inputs, so the reported time is per option; the six values
 * of each option go to the blackhole as one sum, for both libraries.
 *
 * <p>Strata is called as a user would: {@code BlackScholesFormulaRepository} price, delta, gamma, vega, theta and rho
 * one call each (cost of carry b = r - q); its implied volatility is {@code BlackFormulaRepository.impliedVolatility}
 * on the forward and the undiscounted price, computed in the loop from the same spot inputs Options V4 gets, as its
 * spot repository has no implied-volatility method.
 *
 * <p>The grid pair prices the first {@value #GRID_OPTIONS} inputs each at {@value #GRID_SPOTS} spots (everything but
 * the spot fixed, as in the exit plan's simulation grid): one {@code price} call per spot against one {@code priceGrid}
 * call per option; the reported time is per price.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PricingBenchmark {

    /** Options of the grid benchmarks: the first of the {@link BenchInputs}. */
    static final int GRID_OPTIONS = 64;

    /** Spots per grid: one row of the exit plan's simulation grid ({@code PlanSimulator}). */
    static final int GRID_SPOTS = 48;

    private final BenchInputs in = new BenchInputs();

    /**
     * For each grid option, {@value #GRID_SPOTS} spots uniform in log-spot over {@code ±5σ√T} around its spot, as the
     * exit plan's simulation lays them out.
     */
    private final double[][] gridSpots = new double[GRID_OPTIONS][GRID_SPOTS];

    private final double[] gridOut = new double[GRID_SPOTS];

    /** Lays out the grids. */
    public PricingBenchmark() {
        for (int i = 0; i < GRID_OPTIONS; i++) {
            double halfWidth = 5 * in.vol[i] * Math.sqrt(in.years[i]);
            double x0 = Math.log(in.spot[i]) - halfWidth;
            double dx = 2 * halfWidth / (GRID_SPOTS - 1);
            for (int j = 0; j < GRID_SPOTS; j++) {
                gridSpots[i][j] = Math.exp(x0 + j * dx);
            }
        }
    }

    /** Options V4: price and every Greek (first and second order) in one call. */
    @Benchmark
    @OperationsPerInvocation(BenchInputs.COUNT)
    public void optionsV4PriceAndGreeks(Blackhole bh) {
        for (int i = 0; i < BenchInputs.COUNT; i++) {
            Greeks g = BlackScholesMerton.greeks(
                    in.right[i], in.spot[i], in.strike[i], in.years[i], in.vol[i], in.rate[i], in.dividend[i]);
            bh.consume(g.price() + g.delta() + g.gamma() + g.vega() + g.theta() + g.rho());
        }
    }

    /**
     * Options V4: each grid option priced at its {@value #GRID_SPOTS} spots by {@link BlackScholesMerton#price}, one
     * call per spot (the baseline of {@link #optionsV4PriceGrid}); time per price.
     */
    @Benchmark
    @OperationsPerInvocation(GRID_OPTIONS * GRID_SPOTS)
    public void optionsV4PriceOnGridOneByOne(Blackhole bh) {
        for (int i = 0; i < GRID_OPTIONS; i++) {
            double[] spots = gridSpots[i];
            for (int j = 0; j < GRID_SPOTS; j++) {
                gridOut[j] = BlackScholesMerton.price(
                        in.right[i], spots[j], in.strike[i], in.years[i], in.vol[i], in.rate[i], in.dividend[i]);
            }
            bh.consume(gridOut);
        }
    }

    /**
     * Options V4: the same prices, bit for bit, by {@link BlackScholesMerton#priceGrid}, one call per grid option;
     * time per price.
     */
    @Benchmark
    @OperationsPerInvocation(GRID_OPTIONS * GRID_SPOTS)
    public void optionsV4PriceGrid(Blackhole bh) {
        for (int i = 0; i < GRID_OPTIONS; i++) {
            BlackScholesMerton.priceGrid(
                    in.right[i],
                    gridSpots[i],
                    in.strike[i],
                    in.years[i],
                    in.vol[i],
                    in.rate[i],
                    in.dividend[i],
                    gridOut);
            bh.consume(gridOut);
        }
    }

    /** Strata: price, delta, gamma, vega, theta, rho, one call each. */
    @Benchmark
    @OperationsPerInvocation(BenchInputs.COUNT)
    public void strataPriceAndGreeks(Blackhole bh) {
        for (int i = 0; i < BenchInputs.COUNT; i++) {
            double s = in.spot[i];
            double k = in.strike[i];
            double t = in.years[i];
            double v = in.vol[i];
            double r = in.rate[i];
            double b = in.rate[i] - in.dividend[i];
            boolean call = in.isCall[i];
            bh.consume(BlackScholesFormulaRepository.price(s, k, t, v, r, b, call)
                    + BlackScholesFormulaRepository.delta(s, k, t, v, r, b, call)
                    + BlackScholesFormulaRepository.gamma(s, k, t, v, r, b)
                    + BlackScholesFormulaRepository.vega(s, k, t, v, r, b)
                    + BlackScholesFormulaRepository.theta(s, k, t, v, r, b, call)
                    + BlackScholesFormulaRepository.rho(s, k, t, v, r, b, call));
        }
    }

    /** Options V4: implied volatility from the spot-based price. */
    @Benchmark
    @OperationsPerInvocation(BenchInputs.COUNT)
    public void optionsV4ImpliedVolatility(Blackhole bh) {
        for (int i = 0; i < BenchInputs.COUNT; i++) {
            bh.consume(ImpliedVolatilitySolver.blackScholesMerton(
                            in.right[i], in.price[i], in.spot[i], in.strike[i], in.years[i], in.rate[i], in.dividend[i])
                    .volatility());
        }
    }

    /** Strata: implied volatility from the forward and the undiscounted price. */
    @Benchmark
    @OperationsPerInvocation(BenchInputs.COUNT)
    public void strataImpliedVolatility(Blackhole bh) {
        for (int i = 0; i < BenchInputs.COUNT; i++) {
            // The same spot inputs as Options V4 gets; Strata's Black formula needs the forward and the undiscounted
            // price, which a user computes from them exactly as ImpliedVolatilitySolver.blackScholesMerton does.
            double t = in.years[i];
            double forward = in.spot[i] * Math.exp((in.rate[i] - in.dividend[i]) * t);
            double undiscounted = in.price[i] / Math.exp(-in.rate[i] * t);
            bh.consume(BlackFormulaRepository.impliedVolatility(undiscounted, forward, in.strike[i], t, in.isCall[i]));
        }
    }
}
