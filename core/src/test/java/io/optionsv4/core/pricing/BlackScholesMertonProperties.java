package io.optionsv4.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Right;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Properties of {@link BlackScholesMerton} over random inputs, edge cases included. */
class BlackScholesMertonProperties {

    /** Marks the entry after the last spot, which {@code priceGrid} must leave alone. */
    private static final double UNTOUCHED = -12345.0;

    /** Decimal places of the random doubles: far more than any quoted input has. */
    private static final int SCALE = 12;

    /** One grid: every argument of {@code priceGrid} but {@code out}. */
    record GridCase(
            Right right,
            double[] spots,
            double strike,
            double yearsToExpiry,
            double annualVol,
            double rate,
            double dividendYield) {}

    @Property(tries = 2000)
    void test_priceGrid_equalsPriceBitForBit(@ForAll("grids") GridCase g) {
        double[] out = new double[g.spots().length + 1];
        out[g.spots().length] = UNTOUCHED;

        BlackScholesMerton.priceGrid(
                g.right(), g.spots(), g.strike(), g.yearsToExpiry(), g.annualVol(), g.rate(), g.dividendYield(), out);

        for (int i = 0; i < g.spots().length; i++) {
            double spot = g.spots()[i];
            assertThat(out[i])
                    .as(
                            "%s S=%s K=%s T=%s vol=%s r=%s q=%s",
                            g.right(), spot, g.strike(), g.yearsToExpiry(), g.annualVol(), g.rate(), g.dividendYield())
                    .isEqualTo(BlackScholesMerton.price(
                            g.right(),
                            spot,
                            g.strike(),
                            g.yearsToExpiry(),
                            g.annualVol(),
                            g.rate(),
                            g.dividendYield()));
        }
        assertThat(out[g.spots().length]).isEqualTo(UNTOUCHED);
    }

    /**
     * Grids of 0 to 60 spots around a random strike: at the money, within a few standard deviations, at a zero spot,
     * and at moneyness up to {@code e^±600}; expiry (T = 0) and a vanishing T, zero and subnormal vols, a dividend
     * yield equal to the rate (one discount factor serves both), zero and negative rates.
     */
    @Provide
    Arbitrary<GridCase> grids() {
        Arbitrary<Double> strike = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.doubles().between(1, 50_000).ofScale(SCALE)),
                Tuple.of(1, Arbitraries.of(1e-6, 0.05, 1e6)));
        Arbitrary<Double> moneyness = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0.0, 1.0)),
                Tuple.of(6, Arbitraries.doubles().between(-3, 3).ofScale(SCALE).map(Math::exp)),
                Tuple.of(
                        2,
                        Arbitraries.doubles().between(-600, 600).ofScale(SCALE).map(Math::exp)));
        Arbitrary<List<Double>> moneynesses = moneyness.list().ofMaxSize(60);
        Arbitrary<Double> years = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0.0, 1e-12, 1 / 365.0)),
                Tuple.of(6, Arbitraries.doubles().between(0, 3).ofScale(SCALE)),
                Tuple.of(1, Arbitraries.doubles().between(3, 30).ofScale(SCALE)));
        Arbitrary<Double> vol = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0.0, 1e-320, Double.MIN_NORMAL)),
                Tuple.of(6, Arbitraries.doubles().between(0.001, 1.5).ofScale(SCALE)),
                Tuple.of(1, Arbitraries.doubles().between(1.5, 5).ofScale(SCALE)));
        Arbitrary<Double> rate = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0.0)),
                Tuple.of(4, Arbitraries.doubles().between(-0.05, 0.3).ofScale(SCALE)));
        Arbitrary<Double> yield = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0.0)),
                Tuple.of(3, Arbitraries.doubles().between(-0.05, 0.1).ofScale(SCALE)));
        Arbitrary<Boolean> yieldIsRate = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(3, false));
        return Combinators.combine(
                        Arbitraries.of(Right.class), strike, moneynesses, years, vol, rate, yield, yieldIsRate)
                .as((right, k, factors, t, v, r, q, same) -> new GridCase(
                        right, factors.stream().mapToDouble(f -> k * f).toArray(), k, t, v, r, same ? r : q));
    }
}
