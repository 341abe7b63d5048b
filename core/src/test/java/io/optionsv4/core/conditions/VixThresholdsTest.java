package io.optionsv4.core.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VixThresholdsTest {

    private static final VixThresholds T = VixThresholds.DEFAULT;

    @Test
    void test_byLevel_atTheThresholds() {
        assertThat(T.byLevel(13.99)).isEqualTo(VixRegime.LOW);
        assertThat(T.byLevel(14)).isEqualTo(VixRegime.NORMAL);
        assertThat(T.byLevel(19.99)).isEqualTo(VixRegime.NORMAL);
        assertThat(T.byLevel(20)).isEqualTo(VixRegime.HIGH);
    }

    @Test
    void test_byPercentile_atTheThresholds() {
        assertThat(T.byPercentile(0.2499)).isEqualTo(VixRegime.LOW);
        assertThat(T.byPercentile(0.25)).isEqualTo(VixRegime.NORMAL);
        assertThat(T.byPercentile(0.75)).isEqualTo(VixRegime.NORMAL);
        assertThat(T.byPercentile(0.7501)).isEqualTo(VixRegime.HIGH);
    }

    @Test
    void test_combine_signOfVotes() {
        assertThat(VixThresholds.combine(VixRegime.LOW, VixRegime.LOW)).isEqualTo(VixRegime.LOW);
        assertThat(VixThresholds.combine(VixRegime.LOW, VixRegime.NORMAL)).isEqualTo(VixRegime.LOW);
        assertThat(VixThresholds.combine(VixRegime.NORMAL, VixRegime.HIGH)).isEqualTo(VixRegime.HIGH);
        assertThat(VixThresholds.combine(VixRegime.LOW, VixRegime.HIGH)).isEqualTo(VixRegime.NORMAL);
        assertThat(VixThresholds.combine(VixRegime.NORMAL, VixRegime.NORMAL)).isEqualTo(VixRegime.NORMAL);
    }

    @Test
    void test_new_configurableAndChecked() {
        VixThresholds custom = new VixThresholds(12, 25, 0.1, 0.9, 20);
        assertThat(custom.byLevel(13)).isEqualTo(VixRegime.NORMAL);
        assertThat(custom.byLevel(25)).isEqualTo(VixRegime.HIGH);
        assertThatThrownBy(() -> new VixThresholds(20, 14, 0.25, 0.75, 120))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("highLevel");
    }
}
