package io.optionsv4.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class RupeeFormatTest {

    @Test
    void test_format_groupsInLakhAndCrore() {
        assertThat(RupeeFormat.format(1_699_714.25)).isEqualTo("₹16,99,714.25");
        assertThat(RupeeFormat.format(550_560)).isEqualTo("₹5,50,560.00");
        assertThat(RupeeFormat.format(123_456_789.9)).isEqualTo("₹12,34,56,789.90");
        assertThat(RupeeFormat.format(999)).isEqualTo("₹999.00");
        assertThat(RupeeFormat.format(1000)).isEqualTo("₹1,000.00");
    }

    @Test
    void test_format_negativeWithHyphenBeforeTheSign() {
        assertThat(RupeeFormat.format(-1250)).isEqualTo("-₹1,250.00");
    }

    @Test
    void test_format_neverNegativeZero() {
        assertThat(RupeeFormat.format(-0.004)).isEqualTo("₹0.00");
        assertThat(RupeeFormat.format(-0.0)).isEqualTo("₹0.00");
        assertThat(RupeeFormat.grouped(-0.4, 0)).isEqualTo("0");
    }

    @Test
    void test_grouped_withoutSignForPricesAndCounts() {
        assertThat(RupeeFormat.grouped(331_240, 0)).isEqualTo("3,31,240");
        assertThat(RupeeFormat.grouped(26_493.434, 2)).isEqualTo("26,493.43");
    }

    @Test
    void test_format_refusesInfinity() {
        assertThatThrownBy(() -> RupeeFormat.format(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void test_parse_refusesWesternGrouping() {
        assertThatThrownBy(() -> RupeeFormat.parse("₹550,560.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RupeeFormat.parse("Rs 637,392.84")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void test_parse_readsBackWhatFormatWrote(@ForAll @DoubleRange(min = -1e12, max = 1e12) double rupees) {
        String text = RupeeFormat.format(rupees);
        assertThat(RupeeFormat.AMOUNT.matcher(text).matches()).as(text).isTrue();
        assertThat(RupeeFormat.parse(text)).isCloseTo(rupees, org.assertj.core.data.Offset.offset(0.005 + 1e-9));
    }
}
