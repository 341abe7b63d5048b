package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.testdata.Candles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwingLevelsTest {

    /**
     * Closes rise 100 → 110, fall → 100, rise → 110, fall → 100, then 102 and 105 (wicks half a rupee): two swing highs
     * at 110.5 and two swing lows at 99.5 (the first candle has no left wing). Each pair is one level of strength 2/3:
     * support at 99.5, resistance at 110.5 (the last close is 105).
     */
    @Test
    void test_find_twoTouchesEachSide() {
        var candles = Candles.closes(
                100, 102, 104, 106, 108, 110, 108, 106, 104, 102, 100, 102, 104, 106, 108, 110, 108, 106, 104, 102, 100,
                102, 105);

        List<KeyLevel> levels = SwingLevels.find(candles, LocalDate.of(2030, 1, 1));

        assertThat(levels).hasSize(2);
        assertThat(levels.get(0).type()).isEqualTo(KeyLevel.Type.SUPPORT);
        assertThat(levels.get(0).price()).isCloseTo(99.5, within(1e-9));
        assertThat(levels.get(0).strength()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(levels.get(1).type()).isEqualTo(KeyLevel.Type.RESISTANCE);
        assertThat(levels.get(1).price()).isCloseTo(110.5, within(1e-9));
    }

    @Test
    void test_find_steadyTrendHasNoSwings() {
        assertThat(SwingLevels.find(Candles.linear(50, 100, 1), LocalDate.of(2030, 1, 1)))
                .isEmpty();
    }
}
