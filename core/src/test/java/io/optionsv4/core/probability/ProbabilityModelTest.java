package io.optionsv4.core.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProbabilityModelTest {

    private static final ProbabilityModel MARKET = ProbabilityModel.of(1500, 0.3, 0.07, 0.01, 0.5);

    @Test
    void test_forward_carriesRateMinusYield() {
        assertThat(MARKET.forward()).isCloseTo(1500 * Math.exp(0.03), within(1e-9));
        assertThat(MARKET.logStdDev()).isCloseTo(0.3 * Math.sqrt(0.5), within(1e-15));
    }

    @Test
    void test_probabilityBetween_wholeLineIsOne() {
        assertThat(MARKET.probabilityBetween(0, Double.POSITIVE_INFINITY)).isCloseTo(1.0, within(1e-15));
        assertThat(MARKET.probabilityBetween(0, 1400) + MARKET.probabilityBetween(1400, Double.POSITIVE_INFINITY))
                .isCloseTo(1.0, within(1e-15));
    }

    @Test
    void test_expectedSpotBetween_wholeLineIsForward() {
        assertThat(MARKET.expectedSpotBetween(0, Double.POSITIVE_INFINITY)).isCloseTo(MARKET.forward(), within(1e-9));
    }

    @Test
    void test_probabilityBetween_medianIsForwardTimesDrift() {
        double median = Math.exp(MARKET.logMean());

        assertThat(MARKET.probabilityBetween(0, median)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void test_of_invalidInputs() {
        assertThatThrownBy(() -> ProbabilityModel.of(0, 0.2, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spot");
        assertThatThrownBy(() -> ProbabilityModel.of(100, -0.2, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annualVol");
        assertThatThrownBy(() -> ProbabilityModel.of(100, 0.2, 0, 0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yearsToExpiry");
    }
}
