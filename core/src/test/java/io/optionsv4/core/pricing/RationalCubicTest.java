package io.optionsv4.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Tests of {@link RationalCubic}. */
class RationalCubicTest {

    @Test
    void test_interpolate_matchesEndValues() {
        assertThat(RationalCubic.interpolate(1, 1, 3, 2, 5, 0.5, 4, 7)).isEqualTo(2.0);
        assertThat(RationalCubic.interpolate(3, 1, 3, 2, 5, 0.5, 4, 7)).isCloseTo(5.0, within(1e-15));
    }

    @Test
    void test_interpolate_controlThreeIsCubicHermite() {
        // y = x³ on [0, 1]: values 0, 1 and slopes 0, 3 determine it exactly.
        for (double x = 0; x <= 1; x += 0.125) {
            assertThat(RationalCubic.interpolate(x, 0, 1, 0, 1, 0, 3, 3)).isCloseTo(x * x * x, within(1e-15));
        }
    }

    @Test
    void test_interpolate_largeControlIsLinear() {
        assertThat(RationalCubic.interpolate(0.25, 0, 1, 0, 4, 100, -100, RationalCubic.MAXIMUM_CONTROL))
                .isEqualTo(1.0);
    }

    @Test
    void test_controlForSecondDerivative_keepsConvexDataConvex() {
        // Convex data (slopes 0.1 and 10 around a secant of 1) with a second derivative target that would overshoot.
        double r = RationalCubic.controlForSecondDerivativeAtLeft(0, 1, 0, 1, 0.1, 10, -50, true);
        double previousSlope = -Double.MAX_VALUE;
        double previous = RationalCubic.interpolate(0, 0, 1, 0, 1, 0.1, 10, r);
        for (double x = 0.01; x <= 1; x += 0.01) {
            double y = RationalCubic.interpolate(x, 0, 1, 0, 1, 0.1, 10, r);
            double slope = (y - previous) / 0.01;
            assertThat(slope).as("x=%s", x).isGreaterThanOrEqualTo(previousSlope - 1e-9);
            previousSlope = slope;
            previous = y;
        }
    }

    @Test
    void test_controlForSecondDerivative_matchesTheTarget() {
        // On convex data a reachable target second derivative at the right end is met.
        double r = RationalCubic.controlForSecondDerivativeAtRight(0, 1, 0, 1, 0.5, 2, 4, false);
        double h = 1e-4;
        double y0 = RationalCubic.interpolate(1, 0, 1, 0, 1, 0.5, 2, r);
        double y1 = RationalCubic.interpolate(1 - h, 0, 1, 0, 1, 0.5, 2, r);
        double y2 = RationalCubic.interpolate(1 - 2 * h, 0, 1, 0, 1, 0.5, 2, r);
        assertThat((y0 - 2 * y1 + y2) / (h * h)).isCloseTo(4, within(1e-2));
    }
}
