package io.optionsv4.marketdata.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The VIX-anchored term structure and the SSVI smile: the anchor, the slopes by regime, no arbitrage. */
class VixSurfaceTest {

    private static final double DAYS = 1 / 365.0;

    @Test
    void test_thirtyDayAtmVol_isTheRatioTimesVix() {
        for (double vix : new double[] {9.15, 11.49, 17.35, 40, 85.13}) {
            assertThat(VixSurface.anchoredOn(vix).atmVol(30 * DAYS))
                    .as("VIX " + vix)
                    .isCloseTo(ChainModel.ATM_TO_VIX * vix / 100, within(1e-12));
        }
    }

    @Test
    void test_lowVixRisesWithTenor_highVixFalls() {
        VixSurface calm = VixSurface.anchoredOn(9.48);
        VixSurface crisis = VixSurface.anchoredOn(60);

        assertThat(calm.atmVol(5 * DAYS)).isLessThan(calm.atmVol(30 * DAYS));
        assertThat(calm.atmVol(30 * DAYS)).isLessThan(calm.atmVol(90 * DAYS));
        assertThat(crisis.atmVol(5 * DAYS)).isGreaterThan(crisis.atmVol(30 * DAYS));
        assertThat(crisis.atmVol(30 * DAYS)).isGreaterThan(crisis.atmVol(90 * DAYS));
        assertThat(crisis.atmVol(50.0)).isCloseTo(ChainModel.LONG_RUN_ATM_VOL, within(0.01));
    }

    @Test
    void test_totalVariance_increasesWithTenor_noCalendarArbitrage() {
        for (double vix : new double[] {9.15, 17.35, 85.13}) {
            VixSurface surface = VixSurface.anchoredOn(vix);
            double previous = 0;
            for (int days = 1; days <= 1900; days++) {
                double theta = surface.atmTotalVariance(days * DAYS);
                assertThat(theta).isGreaterThan(previous);
                previous = theta;
            }
        }
    }

    @Test
    void test_smile_putsRicherThanCalls_andAtTheForwardTheAtmVol() {
        VixSurface surface = VixSurface.anchoredOn(11.49);
        double t = 28 * DAYS;

        assertThat(surface.impliedVol(12_000, 12_000, t)).isCloseTo(surface.atmVol(t), within(1e-12));
        assertThat(surface.impliedVol(12_000, 11_400, t)).isGreaterThan(surface.impliedVol(12_000, 12_600, t));
        assertThat(surface.impliedVol(12_000, 10_000, t)).isGreaterThan(surface.impliedVol(12_000, 11_400, t));
    }

    @Test
    void test_ssviParameters_freeOfButterflyArbitrage() {
        double eta = ChainModel.SMILE_ETA;
        double rho = ChainModel.SMILE_RHO;

        assertThat(eta * eta * (1 + Math.abs(rho))).isLessThanOrEqualTo(4);
        // eta·sqrt(theta)·(1 + |rho|) < 4 for every total variance up to 5 years at 150 % vol
        assertThat(eta * Math.sqrt(1.5 * 1.5 * 5) * (1 + Math.abs(rho))).isLessThan(4);
    }

    @Test
    void test_veryLowVix_instantaneousVarianceFloored() {
        double atm = ChainModel.ATM_TO_VIX * 0.05;
        VixSurface surface = VixSurface.anchoredOn(5);

        assertThat(surface.currentVariance()).isCloseTo(ChainModel.MIN_VARIANCE_SHARE * atm * atm, within(1e-15));
        assertThat(surface.atmVol(DAYS)).isPositive();
    }
}
