package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.KeyLevel.Source;
import io.optionsv4.core.analysis.KeyLevel.Type;
import org.junit.jupiter.api.Test;

class RoundNumbersTest {

    @Test
    void test_step_byMagnitude() {
        assertThat(RoundNumbers.step(12_130)).isEqualTo(500);
        assertThat(RoundNumbers.step(1_234)).isEqualTo(50);
        assertThat(RoundNumbers.step(250)).isEqualTo(5);
    }

    /** NIFTY at 12,130: step 500; 12,000 (two steps, 0.75) and 11,500 below; 12,500 and 13,000 (0.75) above. */
    @Test
    void test_around_nifty() {
        assertThat(RoundNumbers.around(12_130, 2))
                .containsExactly(
                        new KeyLevel(Type.SUPPORT, 12_000, 0.75, Source.ROUND_NUMBER),
                        new KeyLevel(Type.SUPPORT, 11_500, 0.5, Source.ROUND_NUMBER),
                        new KeyLevel(Type.RESISTANCE, 12_500, 0.5, Source.ROUND_NUMBER),
                        new KeyLevel(Type.RESISTANCE, 13_000, 0.75, Source.ROUND_NUMBER));
    }

    /** A price on a round number is neither its support nor its resistance; 1,000 is ten steps of 50 (strength 1). */
    @Test
    void test_around_priceOnARoundNumber() {
        assertThat(RoundNumbers.around(1_050, 1))
                .containsExactly(
                        new KeyLevel(Type.SUPPORT, 1_000, 1, Source.ROUND_NUMBER),
                        new KeyLevel(Type.RESISTANCE, 1_100, 0.75, Source.ROUND_NUMBER));
    }
}
