package io.optionsv4.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Exact paise: the one conversion from double, arithmetic, rounding to the rupee and the plain text form. */
class MoneyTest {

    @Test
    void test_ofRupees_readsTheDecimalTheDoublePrints() {
        // 1.005 is 1.00499999999999989... in binary; as a decimal price it is one rupee and half a paisa.
        assertThat(Money.ofRupees(1.005, RoundingMode.HALF_UP).paise()).isEqualTo(101);
        assertThat(Money.ofRupees(1.005, RoundingMode.HALF_EVEN).paise()).isEqualTo(100);
        assertThat(Money.ofRupees(123.45, RoundingMode.CEILING).paise()).isEqualTo(12345);
        assertThat(Money.ofRupees(123.451, RoundingMode.FLOOR).paise()).isEqualTo(12345);
        assertThat(Money.ofRupees(123.451, RoundingMode.CEILING).paise()).isEqualTo(12346);
        assertThat(Money.ofRupees(-0.125, RoundingMode.HALF_UP).paise()).isEqualTo(-13);
        assertThat(Money.ofRupees(-0.123, RoundingMode.DOWN).paise()).isEqualTo(-12);
        assertThat(Money.ofRupees(-0.123, RoundingMode.UP).paise()).isEqualTo(-13);
    }

    @Test
    void test_ofRupees_rejectsNaNAndUnnecessary() {
        assertThatThrownBy(() -> Money.ofRupees(Double.NaN, RoundingMode.HALF_UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rupees");
        assertThatThrownBy(() -> Money.ofRupees(1.0, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_arithmetic_exactAndOverflowChecked() {
        Money a = Money.ofPaise(123_456);
        assertThat(a.plus(Money.ofPaise(44)).paise()).isEqualTo(123_500);
        assertThat(a.minus(Money.ofPaise(123_457)).paise()).isEqualTo(-1);
        assertThat(a.times(75).paise()).isEqualTo(9_259_200);
        assertThat(a.negate().paise()).isEqualTo(-123_456);
        assertThat(a.rupees()).isEqualTo(1234.56);
        assertThatThrownBy(() -> Money.ofPaise(Long.MAX_VALUE).plus(Money.ofPaise(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void test_roundedToRupee_halfUp() {
        assertThat(Money.ofPaise(1_356).roundedToRupee(RoundingMode.HALF_UP)).isEqualTo(Money.ofWholeRupees(14));
        assertThat(Money.ofPaise(1_349).roundedToRupee(RoundingMode.HALF_UP)).isEqualTo(Money.ofWholeRupees(13));
        assertThat(Money.ofPaise(50).roundedToRupee(RoundingMode.HALF_UP)).isEqualTo(Money.ofWholeRupees(1));
        assertThat(Money.ofPaise(49).roundedToRupee(RoundingMode.HALF_UP)).isEqualTo(Money.ZERO);
    }

    @Test
    void test_toString_plainTwoPlaces() {
        assertThat(Money.ofPaise(123_456)).hasToString("1234.56");
        assertThat(Money.ofPaise(-5)).hasToString("-0.05");
        assertThat(Money.ZERO).hasToString("0.00");
        assertThat(Money.ofPaise(100_000_000_000L)).hasToString("1000000000.00");
    }

    @Property
    void test_ofRupees_agreesWithBigDecimal_forAnyPrice(
            @ForAll @DoubleRange(min = -1e7, max = 1e7) double rupees, @ForAll RoundingMode mode) {
        if (mode == RoundingMode.UNNECESSARY) {
            return;
        }
        long expected =
                BigDecimal.valueOf(rupees).movePointRight(2).setScale(0, mode).longValueExact();
        long nearestWhole = Math.round(rupees * 100);
        boolean wholePaiseNoise = Math.abs(rupees * 100 - nearestWhole) <= 4 * Math.ulp(rupees * 100);
        assertThat(Money.ofRupees(rupees, mode).paise()).isEqualTo(wholePaiseNoise ? nearestWhole : expected);
    }
}
