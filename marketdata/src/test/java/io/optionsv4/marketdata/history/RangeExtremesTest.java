package io.optionsv4.marketdata.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sparse tables answer every range as a scan would. */
class RangeExtremesTest {

    @Test
    void test_everyRange_asAScan() {
        double[] values = new SplittableRandom(7).doubles(97, -1000, 1000).toArray();
        RangeExtremes extremes = new RangeExtremes(values);
        for (int from = 0; from < values.length; from++) {
            for (int to = from; to < values.length; to++) {
                double[] range = Arrays.copyOfRange(values, from, to + 1);
                assertThat(extremes.min(from, to))
                        .isEqualTo(Arrays.stream(range).min().orElseThrow());
                assertThat(extremes.max(from, to))
                        .isEqualTo(Arrays.stream(range).max().orElseThrow());
            }
        }
    }

    @Test
    void test_singleValue_andInvalidRange() {
        RangeExtremes one = new RangeExtremes(new double[] {42});

        assertThat(one.min(0, 0)).isEqualTo(42);
        assertThat(one.max(0, 0)).isEqualTo(42);
        assertThatThrownBy(() -> one.min(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
