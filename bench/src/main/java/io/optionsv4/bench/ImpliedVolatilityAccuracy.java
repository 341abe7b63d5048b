package io.optionsv4.bench;

import com.opengamma.strata.pricer.impl.option.BlackFormulaRepository;
import io.optionsv4.core.pricing.Black76;
import io.optionsv4.core.pricing.ImpliedVolatilityResult;
import io.optionsv4.core.pricing.ImpliedVolatilitySolver;
import java.util.Locale;

/**
 * Prints the worst implied-volatility round-trip errors of Options V4 and of Strata over the {@link BenchInputs} of the
 * JMH run: the relative error of the recovered volatility against the volatility that made the price, and the relative
 * error of the price repriced at the recovered volatility (with the same accurate Black-76 formula that made the
 * prices, {@link ImpliedVolatilitySolver#black76Price}, for both, so the comparison is of the solvers alone). The
 * volatility error counts only where the price determines the volatility to better than 1e-14 (relative vega {@code
 * vega * vol / price} of at least 1e-2); the price error counts everywhere. Run: {@code java -cp
 * bench/target/benchmarks.jar io.optionsv4.bench.ImpliedVolatilityAccuracy}.
 */
public final class ImpliedVolatilityAccuracy {

    private ImpliedVolatilityAccuracy() {}

    /** Runs the check and prints one line per library. */
    public static void main(String[] args) {
        BenchInputs in = new BenchInputs();
        Worst ours = new Worst();
        Worst strata = new Worst();
        for (int i = 0; i < BenchInputs.COUNT; i++) {
            ImpliedVolatilityResult result = ImpliedVolatilitySolver.black76(
                    in.right[i], in.price[i], in.forward[i], in.strike[i], in.years[i], in.discountFactor[i]);
            ours.add(in, i, result.isOk() ? result.volatility() : Double.NaN);
            double strataVol;
            try {
                strataVol = BlackFormulaRepository.impliedVolatility(
                        in.price[i] / in.discountFactor[i], in.forward[i], in.strike[i], in.years[i], in.isCall[i]);
            } catch (RuntimeException e) {
                strataVol = Double.NaN;
            }
            strata.add(in, i, strataVol);
        }
        System.out.println(ours.describe("Options V4 ImpliedVolatilitySolver"));
        System.out.println(strata.describe("Strata BlackFormulaRepository   "));
    }

    /** The worst errors seen so far for one solver. */
    private static final class Worst {
        static final double WELL_CONDITIONED = 1e-2;

        double volError;
        double priceError;
        int failures;

        void add(BenchInputs in, int i, double recovered) {
            if (!Double.isFinite(recovered)) {
                failures++;
                return;
            }
            double vega = Black76.greeks(
                                    in.right[i],
                                    in.forward[i],
                                    in.strike[i],
                                    in.years[i],
                                    in.vol[i],
                                    in.discountFactor[i])
                            .vega()
                    * 100;
            if (vega * in.vol[i] / in.price[i] >= WELL_CONDITIONED) {
                volError = Math.max(volError, Math.abs(recovered - in.vol[i]) / in.vol[i]);
            }
            double repriced = ImpliedVolatilitySolver.black76Price(
                    in.right[i], in.forward[i], in.strike[i], in.years[i], recovered, in.discountFactor[i]);
            priceError = Math.max(priceError, Math.abs(repriced - in.price[i]) / in.price[i]);
        }

        String describe(String name) {
            return String.format(
                    Locale.ROOT,
                    "%s  worst relative vol error %.3e  worst relative price error %.3e  failures %d of %d",
                    name,
                    volError,
                    priceError,
                    failures,
                    BenchInputs.COUNT);
        }
    }
}
