package io.optionsv4.bench;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.ImpliedVolatilitySolver;
import io.optionsv4.marketdata.files.ProjectData;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The same 10,000 random option inputs for every benchmark and accuracy check: spot 100, strike log-uniform in [50,
 * 200] (moneyness 0.5-2), volatility uniform in [5%, 100%], time log-uniform in [1 day, 3 years], rate in [0, 10%],
 * dividend yield in [0, 3%], calls and puts half each; and each option's Black-Scholes-Merton price at those inputs
 * (from the forward and discount factor with {@link ImpliedVolatilitySolver#black76Price}, accurate to a few ulp
 * however far from the money), the input to the implied-volatility benchmarks. Draws whose time value (price less
 * discounted intrinsic value) is below {@link #MIN_PRICE} (far from the money with little time: no market quotes them,
 * and a double does not determine their implied volatility) are drawn again. Fixed seed, so every run sees the same
 * inputs.
 */
final class BenchInputs {

    static final int COUNT = 10_000;
    static final long SEED = 20261121L;
    /** Smallest price kept, per unit on a spot of 100. */
    static final double MIN_PRICE = 1e-6;

    final boolean[] isCall = new boolean[COUNT];
    final Right[] right = new Right[COUNT];
    final double[] spot = new double[COUNT];
    final double[] strike = new double[COUNT];
    final double[] years = new double[COUNT];
    final double[] vol = new double[COUNT];
    final double[] rate = new double[COUNT];
    final double[] dividend = new double[COUNT];
    /** Black-Scholes-Merton price, discounted, per unit. */
    final double[] price = new double[COUNT];
    /** Forward e^{(r-q)T} S, for Black-76 style peers. */
    final double[] forward = new double[COUNT];
    /** Discount factor e^{-rT}. */
    final double[] discountFactor = new double[COUNT];

    BenchInputs() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < COUNT; i++) {
            do {
                draw(random, i);
            } while (timeValue(i) < MIN_PRICE);
        }
    }

    /** Price less the discounted intrinsic value of the forward: what the volatility is implied from. */
    private double timeValue(int i) {
        double intrinsic = Math.max((isCall[i] ? 1 : -1) * (forward[i] - strike[i]), 0.0);
        return price[i] - discountFactor[i] * intrinsic;
    }

    private void draw(SplittableRandom random, int i) {
        isCall[i] = random.nextBoolean();
        right[i] = isCall[i] ? Right.CALL : Right.PUT;
        spot[i] = 100.0;
        strike[i] = 100.0 * Math.exp(random.nextDouble(Math.log(0.5), Math.log(2.0)));
        years[i] = Math.exp(random.nextDouble(Math.log(1.0 / 365.0), Math.log(3.0)));
        vol[i] = random.nextDouble(0.05, 1.0);
        rate[i] = random.nextDouble(0.0, 0.10);
        dividend[i] = random.nextDouble(0.0, 0.03);
        forward[i] = spot[i] * Math.exp((rate[i] - dividend[i]) * years[i]);
        discountFactor[i] = Math.exp(-rate[i] * years[i]);
        price[i] = ImpliedVolatilitySolver.black76Price(
                right[i], forward[i], strike[i], years[i], vol[i], discountFactor[i]);
    }

    /**
     * Returns the real NSE files the project carries ({@code data/}, gzipped), or {@code -Doptionsv4.data.dir=DIR}.
     */
    static Path projectData() {
        return ProjectData.directory();
    }
}
