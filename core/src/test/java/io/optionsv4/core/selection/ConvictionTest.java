package io.optionsv4.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvictionTest {

    @ParameterizedTest
    @CsvSource({
        "100, VERY_HIGH",
        "60, VERY_HIGH",
        "59.999, HIGH",
        "51, HIGH",
        "50.999, MEDIUM",
        "42, MEDIUM",
        "41.999, LOW",
        "30, LOW",
        "29.999, VERY_LOW",
        "0, VERY_LOW"
    })
    void test_of_bandBoundaries(double score, Conviction expected) {
        assertThat(Conviction.of(score)).isEqualTo(expected);
    }

    @Test
    void test_of_nan() {
        assertThatThrownBy(() -> Conviction.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
