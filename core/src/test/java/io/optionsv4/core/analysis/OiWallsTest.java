package io.optionsv4.core.analysis;

import static io.optionsv4.core.testdata.Chains.Strike.oi;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.KeyLevel.Source;
import io.optionsv4.core.analysis.KeyLevel.Type;
import io.optionsv4.core.testdata.Chains;
import org.junit.jupiter.api.Test;

class OiWallsTest {

    /** Spot 102: puts at or below it (90: 400, 100: 800), calls at or above it (110: 1,000, 120: 500). */
    @Test
    void test_of_largestOpenInterestEachSide() {
        var chain = Chains.chain(102, 20, oi(90, 50, 400), oi(100, 200, 800), oi(110, 1_000, 100), oi(120, 500, 0));

        assertThat(OiWalls.of(chain, 102, 1))
                .containsExactly(
                        new KeyLevel(Type.SUPPORT, 100, 1, Source.OI_WALL),
                        new KeyLevel(Type.RESISTANCE, 110, 1, Source.OI_WALL));
        assertThat(OiWalls.of(chain, 102, 2))
                .containsExactly(
                        new KeyLevel(Type.SUPPORT, 100, 1, Source.OI_WALL),
                        new KeyLevel(Type.SUPPORT, 90, 0.5, Source.OI_WALL),
                        new KeyLevel(Type.RESISTANCE, 110, 1, Source.OI_WALL),
                        new KeyLevel(Type.RESISTANCE, 120, 0.5, Source.OI_WALL));
    }
}
