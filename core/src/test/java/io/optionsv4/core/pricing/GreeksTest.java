package io.optionsv4.core.pricing;

import static io.optionsv4.core.pricing.GreeksAssertions.ROUNDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The scaling conventions of {@link Greeks} and the helpers the models share. */
class GreeksTest {

    /** The one-exponential density against the tail-accurate {@link NormalDistribution#pdf}. */
    private static final double DENSITY_RELATIVE = 2e-13;

    @Test
    void test_fromAnnual_appliesDocumentedScaling() {
        Greeks greeks = Greeks.fromAnnual(1, 2, 3, 40, -365, 50, 60, 70_000, 730);
        assertThat(greeks.price()).isEqualTo(1);
        assertThat(greeks.delta()).isEqualTo(2);
        assertThat(greeks.gamma()).isEqualTo(3);
        assertThat(greeks.vega()).isCloseTo(0.40, within(ROUNDING));
        assertThat(greeks.theta()).isCloseTo(-1, within(ROUNDING));
        assertThat(greeks.rho()).isCloseTo(0.50, within(ROUNDING));
        assertThat(greeks.vanna()).isCloseTo(0.60, within(ROUNDING));
        assertThat(greeks.volga()).isCloseTo(7, within(ROUNDING));
        assertThat(greeks.charm()).isCloseTo(2, within(ROUNDING));
    }

    @Test
    void test_inTheMoneyWeight_halfExactlyAtTheMoney() {
        assertThat(Greeks.inTheMoneyWeight(3)).isEqualTo(1);
        assertThat(Greeks.inTheMoneyWeight(0)).isEqualTo(0.5);
        assertThat(Greeks.inTheMoneyWeight(-0.0)).isEqualTo(0.5);
        assertThat(Greeks.inTheMoneyWeight(-1e-300)).isZero();
    }

    @Test
    void test_density_matchesNormalDistributionPdf() {
        // Beyond |x| = 37 the density is subnormal and has fewer significant bits in both implementations.
        for (double x = -37; x <= 37; x += 0.0137) {
            double expected = NormalDistribution.pdf(x);
            assertThat(Greeks.density(x)).as("x=%s", x).isCloseTo(expected, within(DENSITY_RELATIVE * expected));
        }
        assertThat(Greeks.density(Double.POSITIVE_INFINITY)).isZero();
        assertThat(Greeks.density(-40)).isZero();
    }
}
