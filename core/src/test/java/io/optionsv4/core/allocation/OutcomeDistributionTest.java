package io.optionsv4.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OutcomeDistributionTest {

    @Test
    void test_expectedPnlAndVariance_byHand() {
        OutcomeDistribution d = new OutcomeDistribution(0.5, 0.3, 0.2, 5_000, -5_000, 0);

        // mean 2500 - 1500 = 1000; variance 0.5·4000² + 0.3·6000² + 0.2·1000² = 8e6 + 10.8e6 + 0.2e6.
        assertThat(d.expectedPnlPerLot()).isCloseTo(1_000, within(1e-9));
        assertThat(d.variancePerLot()).isCloseTo(19e6, within(1e-6));
    }

    @Test
    void test_new_probabilitiesNotSummingToOne() {
        assertThatThrownBy(() -> new OutcomeDistribution(0.5, 0.3, 0.3, 1, -1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 1");
    }

    @Test
    void test_new_probabilityOutOfRange() {
        assertThatThrownBy(() -> new OutcomeDistribution(1.2, -0.2, 0, 1, -1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetProbability");
    }
}
