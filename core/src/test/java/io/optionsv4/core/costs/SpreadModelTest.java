package io.optionsv4.core.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpreadModelTest {

    private static final SpreadModel MODEL = SpreadModel.DEFAULT;

    @Test
    void test_spread_liquidContractIsTheSimulatedMarketsFormula() {
        // 1·(0.10 + 0.015·(1 + 7/30)·80)·(1 + 0.25·1)·(1 + 1/8)
        double expected = (0.10 + 0.015 * (1 + 7 / 30.0) * 80) * 1.25 * 1.125;

        assertThat(MODEL.spread(new SpreadInputs(80, 1, 7, 500, 5_000, true))).isCloseTo(expected, within(1e-12));
        assertThat(MODEL.liquidSpread(80, 1, 7, 1.0)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void test_spread_widerForStocksWingsLongerExpiriesAndThinContracts() {
        double base = MODEL.spread(new SpreadInputs(50, 0, 10, 100, 1_000, true));

        assertThat(MODEL.spread(new SpreadInputs(50, 0, 10, 100, 1_000, false))).isCloseTo(2.5 * base, within(1e-9));
        assertThat(MODEL.spread(new SpreadInputs(50, 2, 10, 100, 1_000, true))).isGreaterThan(base);
        assertThat(MODEL.spread(new SpreadInputs(50, 0, 40, 100, 1_000, true))).isGreaterThan(base);
        assertThat(MODEL.spread(new SpreadInputs(50, 0, 10, 0, 1_000, true)))
                .isCloseTo(base * Math.exp(MODEL.untraded()), within(1e-9));
        assertThat(MODEL.spread(new SpreadInputs(50, 0, 10, 100, 10, true))).isGreaterThan(base);
    }

    @Test
    void test_liquidityFactor_oneForTradedDeepContracts() {
        assertThat(MODEL.liquidityFactor(1, MODEL.referenceOiLots())).isEqualTo(1.0);
        assertThat(MODEL.liquidityFactor(1, 0))
                .isCloseTo(Math.pow(MODEL.referenceOiLots(), MODEL.thinOi()), within(1e-9));
    }

    @Test
    void test_halfSpread_isHalf() {
        SpreadInputs in = new SpreadInputs(12, 0.3, 3, 10, 50, false);

        assertThat(MODEL.halfSpread(in)).isEqualTo(0.5 * MODEL.spread(in));
    }
}
