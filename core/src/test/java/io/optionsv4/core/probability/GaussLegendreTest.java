package io.optionsv4.core.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussLegendreTest {

    @Test
    void test_integrate_polynomialOfDegreeThirtyOneExactly() {
        double integral = GaussLegendre.integrate(x -> Math.pow(x, 30) + Math.pow(x, 31), 0, 1);

        assertThat(integral).isCloseTo(1.0 / 31 + 1.0 / 32, within(1e-14));
    }

    @Test
    void test_brent_findsRootToFullPrecision() {
        double root = RootFinder.brent(x -> x * x - 2, 1, 2, -1, 2);

        assertThat(root).isCloseTo(Math.sqrt(2), within(1e-15));
    }
}
