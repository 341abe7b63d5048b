package io.optionsv4.marketdata.sim;

import static io.optionsv4.marketdata.sim.SimFixtures.MARKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.marketdata.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class SmileSurfaceTest {

    private static final double[] YEARS = {1 / 365.0, 7 / 365.0, 30 / 365.0, 0.25, 1.0, 3.0};

    @Test
    void test_everyProfile_ssviNoArbitrageConditions() {
        for (var u : ReferenceData.standard().underlyings()) {
            if (u.symbol().equals(SimulatedMarketData.INDIA_VIX)) {
                continue;
            }
            SymbolProfile p = MARKET.profile(u.symbol());
            assertThat(p.smileEta() * p.smileEta() * (1 + Math.abs(p.smileRho())))
                    .isLessThanOrEqualTo(4.0);
            assertThat(Math.abs(p.smileRho())).isLessThan(1.0);
            assertThat(p.longRunVol()).isPositive();
        }
    }

    @Test
    void test_atmTotalVariance_increasesWithExpiry() {
        for (double current : new double[] {0.01, 0.04, 0.25}) {
            SmileSurface s = new SmileSurface(current, 0.04, 1.2, -0.3, 0.6);
            double previous = 0;
            for (double t : YEARS) {
                double w = s.atmTotalVariance(t);
                assertThat(w).isGreaterThan(previous);
                previous = w;
            }
        }
    }

    @Test
    void test_impliedVol_atTheForwardIsTheAtmVol() {
        SmileSurface s = new SmileSurface(0.03, 0.04, 1.2, -0.3, 0.6);
        for (double t : YEARS) {
            assertThat(s.impliedVol(100, 100, t)).isCloseTo(s.atmVol(t), within(1e-14));
            assertThat(s.impliedVol(100, 90, t)).isGreaterThan(s.impliedVol(100, 110, t));
        }
    }
}
