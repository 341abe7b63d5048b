package io.optionsv4.core.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VixAssessmentTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 1, 3);

    /** A year between 15 and 25 then 12: the level and the percentile (0) both read LOW. */
    @Test
    void test_of_levelAndPercentileAgree() {
        VixAssessment vix = VixAssessment.of(AS_OF, year(15, 25, 12), VixThresholds.DEFAULT);

        assertThat(vix.regime()).isEqualTo(VixRegime.LOW);
        assertThat(vix.confidence()).isEqualTo(1);
        assertThat(vix.statistics().orElseThrow().ivPercentile()).isZero();
    }

    /** A year between 8 and 10 then 13: LOW by level, HIGH by percentile (1), so NORMAL with half confidence. */
    @Test
    void test_of_levelAndPercentileDisagree() {
        VixAssessment vix = VixAssessment.of(AS_OF, year(8, 10, 13), VixThresholds.DEFAULT);

        assertThat(vix.regime()).isEqualTo(VixRegime.NORMAL);
        assertThat(vix.confidence()).isEqualTo(0.5);
    }

    @Test
    void test_of_shortHistoryUsesLevelAndSaysSo() {
        VixAssessment vix = VixAssessment.of(AS_OF, List.of(20.0, 22.0, 21.0), VixThresholds.DEFAULT);

        assertThat(vix.statistics()).isEmpty();
        assertThat(vix.regime()).isEqualTo(VixRegime.HIGH);
        assertThat(vix.confidence()).isEqualTo(0.75);
    }

    /** 251 closes alternating {@code low} and {@code high}, then {@code last}. */
    static List<Double> year(double low, double high, double last) {
        List<Double> closes = new ArrayList<>();
        for (int i = 0; i < 251; i++) {
            closes.add(i % 2 == 0 ? low : high);
        }
        closes.add(last);
        return closes;
    }
}
