package io.optionsv4.engine.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The calibration maths. The synthetic cases draw each outcome from a probability with a seeded RNG: when the truth
 * is the prediction itself (a market that follows the model exactly) the model must come out calibrated within
 * sampling error; when the truth differs from the prediction it must not.
 */
class CalibrationTest {

    private static final int TRADES = 5_000;
    private static final int RUNS = 200;

    /**
     * The share of bins allowed outside their Wilson interval over {@value #RUNS} calibrated runs. A bin's mean
     * prediction misses its 95 % interval about 5 % of the time or less (the Wilson interval is near-exact at 500
     * trades a bin, and predictions spread inside a bin only narrow the realised frequency's spread); over 2,000 bins
     * the share's standard error is 0.5 point, so 7 % is four standard errors above the nominal rate.
     */
    private static final double ALLOWED_INCONSISTENT_RATE = 0.07;

    @Test
    void test_of_calibratedModelComesOutCalibrated() {
        SplittableRandom rng = new SplittableRandom(20261122L);
        int inconsistent = 0;
        int bins = 0;
        int brierOutside = 0;
        int spiegelhalterRejects = 0;
        for (int run = 0; run < RUNS; run++) {
            Calibration c = draw(rng, DoubleUnaryOperator.identity());
            inconsistent += c.binsInconsistent();
            bins += c.bins().size();
            double z = (c.brier() - c.expectedBrierIfCalibrated()) / c.brierStandardErrorIfCalibrated();
            brierOutside += Math.abs(z) > 1.959964 ? 1 : 0;
            spiegelhalterRejects += c.spiegelhalterPValue() < 0.05 ? 1 : 0;
            assertThat(Math.abs(z)).as("Brier z of run %d", run).isLessThan(4.5);
        }
        assertThat(bins).isEqualTo(RUNS * Calibration.BINS);
        assertThat((double) inconsistent / bins).isLessThan(ALLOWED_INCONSISTENT_RATE);
        // Both tests reject a calibrated model 5 % of the time; 200 runs: standard error 1.5 points.
        assertThat((double) brierOutside / RUNS).isLessThan(0.11);
        assertThat((double) spiegelhalterRejects / RUNS).isLessThan(0.11);
    }

    @Test
    void test_of_oneSeededCalibratedRun() {
        Calibration c = draw(new SplittableRandom(17L), DoubleUnaryOperator.identity());

        // P(3 or more of 10 bins inconsistent | 5 % each) is about 1.2 %; this seed is not such a case.
        assertThat(c.binsInconsistent()).isLessThanOrEqualTo(2);
        assertThat(c.brier()).isCloseTo(c.expectedBrierIfCalibrated(), within(4 * c.brierStandardErrorIfCalibrated()));
        assertThat(c.reliability()).isLessThan(0.001);
        assertThat(c.count()).isEqualTo(TRADES);
    }

    @Test
    void test_of_overconfidentModelFailsTheCheck() {
        // The truth is pulled 40 % of the way to a coin toss: a 90 % prediction wins 74 % of the time.
        Calibration c = draw(new SplittableRandom(17L), f -> 0.5 + 0.6 * (f - 0.5));

        assertThat(c.binsInconsistent()).isGreaterThanOrEqualTo(6);
        assertThat(c.spiegelhalterPValue()).isLessThan(1e-6);
        assertThat(c.brier() - c.expectedBrierIfCalibrated()).isGreaterThan(8 * c.brierStandardErrorIfCalibrated());
    }

    @Test
    void test_of_optimisticModelFailsTheCheck() {
        // Every prediction 10 points too high.
        Calibration c = draw(new SplittableRandom(17L), f -> Math.max(0, f - 0.10));

        assertThat(c.binsInconsistent()).isEqualTo(10);
        assertThat(c.realisedFrequency()).isLessThan(c.meanPredicted() - 0.08);
        // REL is about 0.1^2 less the lowest bin, where the truth is clipped at 0
        assertThat(c.reliability()).isGreaterThan(0.005);
    }

    @Test
    void test_wilson_knownValues() {
        // 8 of 10: centre (0.8 + 1.92/10) / 1.384 = 0.7168, half 0.2071 (Wilson 1927; Newcombe 1998 table I)
        double[] interval = Calibration.wilson(8, 10);
        assertThat(interval[0]).isCloseTo(0.4902, within(1e-4));
        assertThat(interval[1]).isCloseTo(0.9433, within(1e-4));
        assertThat(Calibration.wilson(0, 10)[0]).isEqualTo(0.0);
        assertThat(Calibration.wilson(0, 10)[1]).isCloseTo(0.2775, within(1e-4));
    }

    @Test
    void test_of_handComputedBinsAndBrier() {
        double[] f = {0.05, 0.15, 0.75, 0.75, 1.0};
        boolean[] o = {false, true, true, false, true};

        Calibration c = Calibration.of(f, o);

        assertThat(c.bins()).extracting(Calibration.Bin::lower).containsExactly(0.0, 0.1, 0.7, 0.9);
        assertThat(c.bins().get(2).count()).isEqualTo(2);
        assertThat(c.bins().get(2).realisedFrequency()).isEqualTo(0.5);
        assertThat(c.bins().get(3).upper()).isEqualTo(1.0);
        // (0.05^2 + 0.85^2 + 0.25^2 + 0.75^2 + 0) / 5 = (0.0025 + 0.7225 + 0.0625 + 0.5625) / 5
        assertThat(c.brier()).isCloseTo(1.35 / 5, within(1e-12));
        assertThat(c.uncertainty()).isCloseTo(0.6 * 0.4, within(1e-12));
    }

    @Test
    void test_of_rejectsBadInput() {
        assertThatThrownBy(() -> Calibration.of(new double[] {1.2}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.2");
        assertThatThrownBy(() -> Calibration.of(new double[] {0.2}, new boolean[0]))
                .hasMessageContaining("1 predictions but 0 outcomes");
        assertThat(Calibration.of(new double[0], new boolean[0]).brier()).isNull();
    }

    @Property(tries = 300)
    void property_brierDecompositionIsExact(
            @ForAll @Size(min = 1, max = 200) java.util.List<@DoubleRange(min = 0, max = 1) Double> predictions,
            @ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] f = predictions.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] o = new boolean[f.length];
        for (int i = 0; i < f.length; i++) {
            o[i] = rng.nextBoolean();
        }

        Calibration c = Calibration.of(f, o);

        double rebuilt = c.reliability()
                - c.resolution()
                + c.uncertainty()
                + c.withinBinVariance()
                - 2 * c.withinBinCovariance();
        assertThat(rebuilt).isCloseTo(c.brier(), within(1e-12));
        assertThat(c.bins().stream().mapToInt(Calibration.Bin::count).sum()).isEqualTo(f.length);
        // A prediction within 1e-12 below a bin's edge counts in that bin (0.7 times 10 is 7.000000000000001, 0.7
        // itself must land in the 0.7 bin), so the edge is checked to that tolerance.
        assertThat(c.bins()).allSatisfy(b -> assertThat(b.meanPredicted()).isBetween(b.lower() - 1e-12, b.upper()));
    }

    @Test
    void test_of_binMeanLiesAmongItsPredictions() {
        Calibration c = Calibration.of(new double[] {0.7, 0.7, 0.7}, new boolean[] {true, false, false});

        assertThat(c.bins()).singleElement().satisfies(b -> {
            assertThat(b.lower()).isEqualTo(0.7);
            assertThat(b.meanPredicted()).isEqualTo(0.7);
        });
    }

    /** {@value #TRADES} predictions uniform in [0, 1], each outcome drawn with probability {@code truth(f)}. */
    private static Calibration draw(SplittableRandom rng, DoubleUnaryOperator truth) {
        double[] f = new double[TRADES];
        boolean[] o = new boolean[TRADES];
        for (int i = 0; i < TRADES; i++) {
            f[i] = rng.nextDouble();
            o[i] = rng.nextDouble() < truth.applyAsDouble(f[i]);
        }
        return Calibration.of(f, o);
    }
}
