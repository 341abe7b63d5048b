package io.optionsv4.core.pricing;

import static io.optionsv4.core.pricing.GreeksAssertions.ROUNDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The scaling conventions of {@link Greeks} and the helpers the models share. */
class GreeksTest {

    /** One shared exponential against the tail-accurate {@link NormalDistribution#cdf}. */
    private static final double SHARED_EXP_RELATIVE = 1e-12;

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
    void test_sharedExponential_givesBothDistributionValuesOfD1AndD2() {
        // Over d1 in [-37, 37] and sigma*sqrt(T) from 1e-4 to 3: Φ(±d1), Φ(±d2) from one exponential agree with the
        // tail-accurate cdf to the documented relative accuracy wherever the value is a normal double.
        for (double sigmaRootT : new double[] {1e-4, 0.05, 0.3, 1, 3}) {
            for (double d1 = -37; d1 <= 37; d1 += 0.0137) {
                double d2 = d1 - sigmaRootT;
                double forwardOverStrike = Math.exp(d1 * sigmaRootT - 0.5 * sigmaRootT * sigmaRootT);
                double e1 = Math.exp(-0.5 * d1 * d1);
                double e2 = Greeks.expOfNegativeHalfSquareOfD2(e1, forwardOverStrike, d2);
                for (double sign : new double[] {1, -1}) {
                    assertRelative(
                            NormalDistribution.cdfGivenExpOfNegativeHalfSquare(sign * d1, e1),
                            NormalDistribution.cdf(sign * d1),
                            d1);
                    assertRelative(
                            NormalDistribution.cdfGivenExpOfNegativeHalfSquare(sign * d2, e2),
                            NormalDistribution.cdf(sign * d2),
                            d2);
                }
            }
        }
    }

    @Test
    void test_sharedExponential_fallsBackWhenD1UnderflowsButD2DoesNot() {
        double d1 = 39;
        double d2 = 1;
        double e1 = Math.exp(-0.5 * d1 * d1);
        assertThat(e1).isZero();
        double forwardOverStrike = Math.exp(0.5 * (d1 * d1 - d2 * d2));
        assertThat(Greeks.expOfNegativeHalfSquareOfD2(e1, forwardOverStrike, d2))
                .isEqualTo(Math.exp(-0.5));
    }

    private static void assertRelative(double actual, double expected, double x) {
        if (expected < Double.MIN_NORMAL) {
            assertThat(actual).as("x=%s", x).isCloseTo(expected, within(Double.MIN_NORMAL));
            return;
        }
        // The identity e2 = e1·F/K carries e1's rounding and the rounding of F/K: a few hundred ulps at worst.
        assertThat(actual).as("x=%s", x).isCloseTo(expected, within(SHARED_EXP_RELATIVE * expected));
    }
}
