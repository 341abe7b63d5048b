package io.optionsv4.bench;

import com.opengamma.strata.pricer.impl.option.BlackScholesFormulaRepository;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
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
 * Cost of one option valuation: {@code core.pricing} one-pass Greeks against OpenGamma Strata's one-Greek-per-call
 * {@code BlackScholesFormulaRepository}. Target: price plus first-order Greeks in at most 40 ns.
 *
 * <p>Run: {@code ./mvnw -q -pl core,bench package -DskipTests && java -jar bench/target/benchmarks.jar Pricing}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PricingBenchmark {

    // Non-final so that the JIT cannot fold the inputs into constants.
    private double spot = 24_150;
    private double strike = 24_000;
    private double yearsToExpiry = 9 / 365.0;
    private double annualVol = 0.14;
    private double rate = 0.065;
    private double dividendYield = 0.012;
    private double discountFactor = Math.exp(-0.065 * 9 / 365.0);

    @Benchmark
    public double bsmPrice() {
        return BlackScholesMerton.price(Right.CALL, spot, strike, yearsToExpiry, annualVol, rate, dividendYield);
    }

    @Benchmark
    public Greeks bsmGreeks() {
        return BlackScholesMerton.greeks(Right.CALL, spot, strike, yearsToExpiry, annualVol, rate, dividendYield);
    }

    @Benchmark
    public Greeks black76Greeks() {
        return Black76.greeks(Right.PUT, spot, strike, yearsToExpiry, annualVol, discountFactor);
    }

    /** The peer: price and the five first-order Greeks, each call recomputing d1, d2 and the normal CDF. */
    @Benchmark
    public void strataPriceAndFirstOrderGreeks(Blackhole blackhole) {
        double carry = rate - dividendYield;
        blackhole.consume(
                BlackScholesFormulaRepository.price(spot, strike, yearsToExpiry, annualVol, rate, carry, true));
        blackhole.consume(
                BlackScholesFormulaRepository.delta(spot, strike, yearsToExpiry, annualVol, rate, carry, true));
        blackhole.consume(BlackScholesFormulaRepository.gamma(spot, strike, yearsToExpiry, annualVol, rate, carry));
        blackhole.consume(BlackScholesFormulaRepository.vega(spot, strike, yearsToExpiry, annualVol, rate, carry));
        blackhole.consume(
                BlackScholesFormulaRepository.theta(spot, strike, yearsToExpiry, annualVol, rate, carry, true));
        blackhole.consume(BlackScholesFormulaRepository.rho(spot, strike, yearsToExpiry, annualVol, rate, carry, true));
    }
}
