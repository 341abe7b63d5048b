package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.testdata.Candles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeProfileTest {

    private static final double TOLERANCE = 1e-9;

    /**
     * Bins 100..104 with volumes 10, 20, 40, 20, 10 (total 100, target 70). The point of control is 102 (40). Above
     * (103: 20) ties below (101: 20), so 103 joins first: 60; then 101 (20) beats 104 (10): 80 ≥ 70. The value area is
     * 101–103 holding 80 %.
     */
    @Test
    void test_valueArea_handMadeProfile() {
        VolumeProfile profile = new VolumeProfile(
                1,
                List.of(
                        new VolumeProfile.Bin(100, 10),
                        new VolumeProfile.Bin(101, 20),
                        new VolumeProfile.Bin(102, 40),
                        new VolumeProfile.Bin(103, 20),
                        new VolumeProfile.Bin(104, 10)));

        VolumeProfile.ValueArea area = profile.valueArea(VolumeProfile.VALUE_AREA_SHARE);

        assertThat(profile.pointOfControl()).isEqualTo(102);
        assertThat(area).isEqualTo(new VolumeProfile.ValueArea(101, 102, 103, 0.8));
    }

    /** Typical prices 100.0 and 100.9 share bin [100, 101) (centre 100.5); 103.2 lands in [103, 104) (centre 103.5). */
    @Test
    void test_of_binsByTypicalPrice() {
        List<Candle> candles = List.of(
                Candles.candle(0, 100, 100, 500),
                Candles.candle(1, 100.9, 100.9, 300),
                Candles.candle(2, 103.2, 103.2, 100));

        VolumeProfile profile = VolumeProfile.of(candles, LocalDate.of(2030, 1, 1), 1);

        assertThat(profile.bins()).hasSize(4);
        assertThat(profile.bins().get(0).price()).isCloseTo(100.5, within(TOLERANCE));
        assertThat(profile.bins().get(0).volume()).isEqualTo(800);
        assertThat(profile.bins().get(3).volume()).isEqualTo(100);
        assertThat(profile.pointOfControl()).isCloseTo(100.5, within(TOLERANCE));
    }
}
