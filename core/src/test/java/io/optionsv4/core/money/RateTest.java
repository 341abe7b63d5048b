package io.optionsv4.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact rates: the strict decimal grammar and one rounding when applied to money. */
class RateTest {

    @Test
    void test_parse_percentAndPerCrore() {
        assertThat(Rate.ofPercent("0.03503").partsPerTrillion()).isEqualTo(350_300_000L);
        assertThat(Rate.parse("10", 7).partsPerTrillion()).isEqualTo(1_000_000L);
        assertThat(Rate.parse("0.01", 7).partsPerTrillion()).isEqualTo(1_000L);
        assertThat(Rate.ofPercent("18").partsPerTrillion()).isEqualTo(180_000_000_000L);
        assertThat(Rate.ofPercent("0.0625")).hasToString("0.0625%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1p-3", "NaN", "-0.1", "+0.1", "1e-3", ".5", "5.", "1,000", " 0.1", "Infinity", ""})
    void test_parse_rejectsAnythingButAPlainDecimal(String text) {
        assertThatThrownBy(() -> Rate.ofPercent(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void test_parse_rejectsFinerThanOnePartPerTrillion() {
        assertThatThrownBy(() -> Rate.ofPercent("0.00000000001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finer");
    }

    @Test
    void test_applyTo_roundsOnceHalfUp() {
        // 9037.50 x 0.03503% = 3.16583625 -> 3.17
        assertThat(Rate.ofPercent("0.03503").applyTo(Money.ofPaise(903_750), RoundingMode.HALF_UP))
                .isEqualTo(Money.ofPaise(317));
        // 0.18 x 23.25 = 4.185 exactly -> 4.19 half up, 4.18 half even
        assertThat(Rate.ofPercent("18")
                        .applyTo(Money.ofPaise(2_325), RoundingMode.HALF_UP)
                        .paise())
                .isEqualTo(419);
        assertThat(Rate.ofPercent("18")
                        .applyTo(Money.ofPaise(2_325), RoundingMode.HALF_EVEN)
                        .paise())
                .isEqualTo(418);
    }

    @Property
    void test_applyTo_agreesWithBigDecimal_includingBeyondLongProducts(
            @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long paise,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long ppt,
            @ForAll RoundingMode mode) {
        if (mode == RoundingMode.UNNECESSARY) {
            return;
        }
        long expected = BigDecimal.valueOf(paise)
                .multiply(BigDecimal.valueOf(ppt))
                .divide(BigDecimal.valueOf(1_000_000_000_000L), 0, mode)
                .longValueExact();
        assertThat(new Rate(ppt).applyTo(Money.ofPaise(paise), mode).paise()).isEqualTo(expected);
    }
}
