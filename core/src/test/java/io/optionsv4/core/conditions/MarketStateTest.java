package io.optionsv4.core.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.Direction;
import org.junit.jupiter.api.Test;

class MarketStateTest {

    @Test
    void test_of_everyDirectionAndRegime() {
        for (Direction d : Direction.values()) {
            for (VixRegime r : VixRegime.values()) {
                MarketState state = MarketState.of(d, r);
                assertThat(state.direction()).isEqualTo(d);
                assertThat(state.vixRegime()).isEqualTo(r);
            }
        }
        assertThat(MarketState.values()).hasSize(9);
    }

    @Test
    void test_displayName() {
        assertThat(MarketState.BULLISH_LOW_VIX.displayName()).isEqualTo("Bullish / Low VIX");
        assertThat(MarketState.NEUTRAL_HIGH_VIX.displayName()).isEqualTo("Neutral / High VIX");
        assertThat(MarketState.BEARISH_NORMAL_VIX.displayName()).isEqualTo("Bearish / Normal VIX");
    }
}
