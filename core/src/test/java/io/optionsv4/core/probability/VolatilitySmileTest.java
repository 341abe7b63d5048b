package io.optionsv4.core.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VolatilitySmileTest {

    private static final double TOLERANCE = 1e-12;
    private static final double[] STRIKES = {900, 950, 1000, 1050, 1100};
    private static final double[] VOLS = {0.32, 0.28, 0.25, 0.24, 0.245};

    private final VolatilitySmile smile = VolatilitySmile.of(STRIKES, VOLS);

    @Test
    void test_vol_passesThroughEveryNode() {
        for (int i = 0; i < STRIKES.length; i++) {
            assertThat(smile.vol(STRIKES[i])).isCloseTo(VOLS[i], within(TOLERANCE));
        }
        assertThat(smile.size()).isEqualTo(5);
        assertThat(smile.maxVol()).isEqualTo(0.32);
    }

    @Test
    void test_vol_flatBeyondTheQuotedStrikes() {
        assertThat(smile.vol(500)).isEqualTo(0.32);
        assertThat(smile.vol(2000)).isEqualTo(0.245);
        assertThat(smile.slopeInLogStrike(500)).isZero();
        assertThat(smile.curvatureInLogStrike(2000)).isZero();
    }

    @Test
    void test_vol_neverOvershootsItsNeighbours() {
        for (double k = 900; k <= 1100; k += 1) {
            int i = Math.min((int) ((k - 900) / 50), 3);
            double low = Math.min(VOLS[i], VOLS[i + 1]);
            double high = Math.max(VOLS[i], VOLS[i + 1]);
            assertThat(smile.vol(k)).isBetween(low - TOLERANCE, high + TOLERANCE);
        }
    }

    @Test
    void test_slope_matchesAFiniteDifferenceAndIsContinuousAtNodes() {
        double h = 1e-6;
        for (double k : new double[] {912.5, 975, 1000, 1020, 1075.3}) {
            double numeric = (smile.vol(k * Math.exp(h)) - smile.vol(k * Math.exp(-h))) / (2 * h);
            // at a node the curvature jumps, so the central difference is only first-order accurate there
            assertThat(smile.slopeInLogStrike(k)).isCloseTo(numeric, within(k == 1000 ? 1e-5 : 1e-8));
            double numericCurvature =
                    (smile.slopeInLogStrike(k * Math.exp(h)) - smile.slopeInLogStrike(k * Math.exp(-h))) / (2 * h);
            if (k != 1000) {
                assertThat(smile.curvatureInLogStrike(k)).isCloseTo(numericCurvature, within(1e-4));
            }
        }
        // the minimum of the smile (1050, where the secants change sign) has slope 0
        assertThat(smile.slopeInLogStrike(1050)).isZero();
    }

    @Test
    void test_flat_sameVolEverywhere() {
        VolatilitySmile flat = VolatilitySmile.flat(0.2);
        assertThat(flat.isFlat()).isTrue();
        assertThat(flat.vol(1)).isEqualTo(0.2);
        assertThat(flat.vol(1e6)).isEqualTo(0.2);
        assertThat(flat.slopeInLogStrike(123)).isZero();
        assertThat(smile.isFlat()).isFalse();
    }

    @Test
    void test_of_rejectsBadNodes() {
        assertThatThrownBy(() -> VolatilitySmile.of(new double[] {100, 100}, new double[] {0.2, 0.2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strikes[1] = 100.0");
        assertThatThrownBy(() -> VolatilitySmile.of(new double[] {100}, new double[] {-0.1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annualVols[0]");
        assertThatThrownBy(() -> VolatilitySmile.of(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
