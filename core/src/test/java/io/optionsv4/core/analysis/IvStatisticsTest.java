package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IvStatisticsTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void test_of_rankAndPercentile() {
        IvStatistics s = IvStatistics.of(List.of(0.20, 0.30, 0.10, 0.40, 0.25));

        assertThat(s.ivRank()).isCloseTo((0.25 - 0.10) / (0.40 - 0.10), within(TOLERANCE));
        assertThat(s.ivPercentile()).isCloseTo(2.0 / 4, within(TOLERANCE));
        assertThat(s.min()).isEqualTo(0.10);
        assertThat(s.max()).isEqualTo(0.40);
        assertThat(s.observations()).isEqualTo(5);
        assertThat(s.environment()).isEqualTo(IvEnvironment.NORMAL);
    }

    @Test
    void test_of_singleDayAndFlatHistory() {
        assertThat(IvStatistics.of(List.of(0.3)).ivRank()).isZero();
        assertThat(IvStatistics.of(List.of(0.3)).ivPercentile()).isZero();
        assertThat(IvStatistics.of(List.of(0.3, 0.3, 0.3)).ivRank()).isZero();
    }

    @Test
    void test_of_onlyTheLast252Days() {
        List<Double> history = new ArrayList<>();
        history.add(5.0);
        for (int i = 0; i < 252; i++) {
            history.add(0.1 + i * 0.001);
        }

        IvStatistics s = IvStatistics.of(history);

        assertThat(s.observations()).isEqualTo(252);
        assertThat(s.max()).isCloseTo(0.351, within(TOLERANCE));
        assertThat(s.ivRank()).isEqualTo(1.0);
        assertThat(s.ivPercentile()).isEqualTo(1.0);
        assertThat(s.environment()).isEqualTo(IvEnvironment.VERY_HIGH);
    }

    @Test
    void test_of_emptyOrNegativeRejected() {
        assertThatThrownBy(() -> IvStatistics.of(List.of())).hasMessageContaining("history must not be empty");
        assertThatThrownBy(() -> IvStatistics.of(List.of(0.2, -0.1))).hasMessageContaining("history[1]");
    }

    @Test
    void test_environment_boundaries() {
        assertThat(IvEnvironment.ofPercentile(0.05)).isEqualTo(IvEnvironment.VERY_LOW);
        assertThat(IvEnvironment.ofPercentile(0.10)).isEqualTo(IvEnvironment.LOW);
        assertThat(IvEnvironment.ofPercentile(0.70)).isEqualTo(IvEnvironment.NORMAL);
        assertThat(IvEnvironment.ofPercentile(0.90)).isEqualTo(IvEnvironment.HIGH);
        assertThat(IvEnvironment.ofPercentile(0.95)).isEqualTo(IvEnvironment.VERY_HIGH);
    }
}
