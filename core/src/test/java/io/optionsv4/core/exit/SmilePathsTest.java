package io.optionsv4.core.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.pricing.NormalDistribution;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.SmileDistribution;
import io.optionsv4.core.probability.VolatilitySmile;
import org.junit.jupiter.api.Test;

/** Tests of {@link SmilePaths}: each observation's distribution is the smile's, a flat smile is the lognormal. */
class SmilePathsTest {

    private static final ProbabilityModel MODEL = new ProbabilityModel(1500, 0.25, 0.065, 0.01, 30 / 365.0);

    /** A steep put skew: 45 % at 1200 down to 18 % at 1800. */
    private static final VolatilitySmile SKEW = VolatilitySmile.of(
            new double[] {1200, 1350, 1500, 1650, 1800}, new double[] {0.45, 0.33, 0.25, 0.20, 0.18});

    private static final double[] ELAPSED = {1 / 365.0, 7 / 365.0, 21 / 365.0};

    @Test
    void test_logPrice_lastObservation_quantilesAreTheSmileDistributions() {
        SmilePaths paths = SmilePaths.of(MODEL, SKEW, 1.0, ELAPSED);
        int last = ELAPSED.length - 1;
        SmileDistribution distribution = new SmileDistribution(MODEL.withYearsToExpiry(ELAPSED[last]), SKEW);
        for (double p : new double[] {0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.98}) {
            double z = NormalDistribution.inverseCdf(p);
            double price = Math.exp(paths.logPrice(last, z * Math.sqrt(ELAPSED[last])));
            assertThat(1 - distribution.probabilityAbove(price))
                    .as("P(S <= quantile), p %.2f", p)
                    .isCloseTo(p, within(0.004));
        }
    }

    @Test
    void test_logPrice_everyObservation_hasTheForwardAsItsMean() {
        SmilePaths paths = SmilePaths.of(MODEL, SKEW, 1.2, ELAPSED);
        for (int k = 0; k < ELAPSED.length; k++) {
            double root = Math.sqrt(ELAPSED[k]);
            double mean = 0;
            int n = 4000;
            for (int i = 0; i < n; i++) {
                double z = NormalDistribution.inverseCdf((i + 0.5) / n);
                mean += Math.exp(paths.logPrice(k, z * root)) / n;
            }
            double forward = MODEL.withYearsToExpiry(ELAPSED[k]).forward();
            assertThat(mean / forward).as("E[S] / F at step %d", k).isCloseTo(1.0, within(2e-4));
        }
    }

    @Test
    void test_logPrice_earlierObservations_keepTheShapeScaledBySquareRootOfTime() {
        SmilePaths paths = SmilePaths.of(MODEL, SKEW, 1.0, ELAPSED);
        int last = ELAPSED.length - 1;
        double lowTail = NormalDistribution.inverseCdf(0.02);
        double highTail = NormalDistribution.inverseCdf(0.98);
        for (int k = 0; k < last; k++) {
            double ratio = Math.sqrt(ELAPSED[k] / ELAPSED[last]);
            double spread = paths.logPrice(k, highTail * Math.sqrt(ELAPSED[k]))
                    - paths.logPrice(k, lowTail * Math.sqrt(ELAPSED[k]));
            double spreadAtHorizon = paths.logPrice(last, highTail * Math.sqrt(ELAPSED[last]))
                    - paths.logPrice(last, lowTail * Math.sqrt(ELAPSED[last]));
            assertThat(spread).isCloseTo(ratio * spreadAtHorizon, within(1e-9));
        }
    }

    @Test
    void test_logPrice_skewFattensTheLeftTailAgainstTheLognormal() {
        SmilePaths skewed = SmilePaths.of(MODEL, SKEW, 1.0, ELAPSED);
        SmilePaths flat = SmilePaths.of(MODEL, VolatilitySmile.flat(0.25), 1.0, ELAPSED);
        double z = NormalDistribution.inverseCdf(0.02) * Math.sqrt(ELAPSED[2]);
        assertThat(skewed.logPrice(2, z)).isLessThan(flat.logPrice(2, z) - 0.01);
    }

    @Test
    void test_logPrice_flatSmile_isTheLognormal() {
        double vol = 0.25;
        double ratio = 0.8;
        SmilePaths paths = SmilePaths.of(MODEL, VolatilitySmile.flat(vol), ratio, ELAPSED);
        for (int k = 0; k < ELAPSED.length; k++) {
            double t = ELAPSED[k];
            double sigma = vol * ratio;
            double forward = MODEL.withYearsToExpiry(t).forward();
            for (double z : new double[] {-2.5, -1, 0, 1, 2.5}) {
                double expected = Math.log(forward) - 0.5 * sigma * sigma * t + sigma * Math.sqrt(t) * z;
                assertThat(paths.logPrice(k, z * Math.sqrt(t))).isCloseTo(expected, within(1e-3));
            }
        }
    }
}
