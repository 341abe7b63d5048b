package io.optionsv4.core.analysis;

import static io.optionsv4.core.testdata.Chains.Strike.oi;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.KeyLevel.Source;
import io.optionsv4.core.analysis.KeyLevel.Type;
import io.optionsv4.core.testdata.Candles;
import io.optionsv4.core.testdata.Chains;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceLevelsTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    /** Without a chain the last close (105) is the reference; round numbers of step 5 sit at 100, 95 and 110, 115. */
    @Test
    void test_of_withoutChain() {
        var candles = Candles.closes(
                100, 102, 104, 106, 108, 110, 108, 106, 104, 102, 100, 102, 104, 106, 108, 110, 108, 106, 104, 102, 100,
                102, 105);

        PriceLevels levels = PriceLevels.of(candles, Optional.empty(), FAR);

        assertThat(levels.reference()).isEqualTo(105);
        assertThat(levels.maxPain()).isEmpty();
        assertThat(levels.supports()).extracting(KeyLevel::source).contains(Source.SWING_POINT, Source.ROUND_NUMBER);
        assertThat(levels.supports()).contains(new KeyLevel(Type.SUPPORT, 100, 1, Source.ROUND_NUMBER));
        assertThat(levels.resistances()).contains(new KeyLevel(Type.RESISTANCE, 110, 0.75, Source.ROUND_NUMBER));
        assertThat(levels.supports()).isSortedAccordingTo((a, b) -> Double.compare(b.price(), a.price()));
        assertThat(levels.resistances()).isSortedAccordingTo((a, b) -> Double.compare(a.price(), b.price()));
        var area = levels.valueArea().orElseThrow();
        assertThat(area.low()).isLessThanOrEqualTo(area.pointOfControl());
        assertThat(area.pointOfControl()).isLessThanOrEqualTo(area.high());
    }

    @Test
    void test_of_chainGivesReferenceWallsAndMaxPain() {
        var chain = Chains.chain(104, 20, oi(100, 100, 400), oi(105, 300, 200), oi(110, 500, 100));

        PriceLevels levels = PriceLevels.of(Candles.linear(30, 80, 1), Optional.of(chain), FAR);

        assertThat(levels.reference()).isEqualTo(104);
        assertThat(levels.maxPain()).isPresent();
        assertThat(levels.resistances()).contains(new KeyLevel(Type.RESISTANCE, 110, 1, Source.OI_WALL));
        assertThat(levels.supports()).contains(new KeyLevel(Type.SUPPORT, 100, 1, Source.OI_WALL));
        assertThat(List.copyOf(levels.supports()))
                .allSatisfy(l -> assertThat(l.type()).isEqualTo(Type.SUPPORT));
    }
}
