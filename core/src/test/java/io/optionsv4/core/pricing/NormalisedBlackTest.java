package io.optionsv4.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests of {@link NormalisedBlack}.
 *
 * <p>Reference values {@code b = Φ(x/s + s/2)·e^{x/2} − Φ(x/s − s/2)·e^{−x/2}} computed with Python mpmath 1.3.0 at 80
 * digits, one or more per evaluation region. The tolerance grows with {@code h² = (x/s)²}, the condition number of
 * {@code b} with respect to its inputs (the rounding of {@code x/s} alone costs {@code h²·ε} relative).
 */
class NormalisedBlackTest {

    @ParameterizedTest
    @CsvSource({
        // region I, asymptotic expansion: small and large t
        "-0.5, 0.02, 2.4374726016356547e-141, 625",
        "-40, 2, 1.6660029305002353e-90, 400",
        // region II, small t
        "-0.01, 0.1, 0.03507714583409783, 0",
        "-0.5, 0.1, 5.339911785800865e-09, 25",
        // region III, near the maximum
        "-0.1, 2, 0.634127122705939, 0",
        "-700, 40, 9.863292954034635e-153, 306",
        // region IV, Cody's erfc / erfcx, with q1 on either side of the threshold
        "-0.5, 0.5, 0.04084056484095476, 1",
        "-0.05, 1.5, 0.5221644954988014, 0",
        // in the money and at the money
        "0.3, 0.2, 0.3069664734813701, 2",
        "0.0, 0.2, 0.07965567455405796, 0"
    })
    void test_call_referenceValues(double x, double s, double expected, double hSquare) {
        double tolerance = 4 * Math.ulp(1.0) * (1 + hSquare) * expected;

        assertThat(NormalisedBlack.call(x, s)).isCloseTo(expected, within(tolerance));
    }

    @Test
    void test_call_zeroVolatilityIsIntrinsic() {
        assertThat(NormalisedBlack.call(0.4, 0)).isEqualTo(2 * Math.sinh(0.2));
        assertThat(NormalisedBlack.call(-0.4, 0)).isZero();
    }

    @Test
    void test_call_underflowsToZeroFarOutOfTheMoney() {
        assertThat(NormalisedBlack.call(-3, 0.05)).isZero();
        assertThat(NormalisedBlack.call(-3, 0.08)).isBetween(9.80e-311, 9.81e-311);
    }

    @Test
    void test_call_continuousAcrossRegionBoundaries() {
        // Walk s across the region boundaries for several x; b must increase with s without jumps.
        for (double x : new double[] {-30, -5, -1, -0.2, -0.01}) {
            double previous = 0;
            for (double s = 1e-3; s < 30; s *= 1.001) {
                double b = NormalisedBlack.call(x, s);
                assertThat(b).as("x=%s s=%s", x, s).isGreaterThanOrEqualTo(previous);
                if (previous > 1e-300) {
                    double expectedRise = NormalisedBlack.vega(x, s) * s * 0.001;
                    assertThat(b - previous).as("x=%s s=%s", x, s).isLessThan(2 * expectedRise + 1e-15 * b);
                }
                previous = b;
            }
        }
    }

    @Test
    void test_vega_matchesFiniteDifference() {
        for (double x : new double[] {-2, -0.3, 0, 0.3}) {
            for (double s : new double[] {0.05, 0.4, 2}) {
                double bump = 1e-5 * s;
                double difference =
                        (NormalisedBlack.call(x, s + bump) - NormalisedBlack.call(x, s - bump)) / (2 * bump);
                double vega = NormalisedBlack.vega(x, s);
                // truncation error of the central difference plus the rounding of b itself divided by the bump
                double tolerance = 1e-7 * vega + 4 * Math.ulp(NormalisedBlack.call(x, s)) / bump;
                assertThat(vega).as("x=%s s=%s", x, s).isCloseTo(difference, within(tolerance));
            }
        }
    }
}
