package io.optionsv4.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict decimal grammar: plain decimals in, hex floats, suffixes, NaN and infinity out. */
class StrictNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0x1p3",
                "8d",
                "8f",
                "8D",
                "NaN",
                "Infinity",
                "-Infinity",
                "",
                " 1",
                "1 ",
                "1,000",
                "1e",
                "e3",
                ".",
                "+",
                "1e1000",
                "0X10",
                "١٢"
            })
    void test_decimal_refusesWhatDoubleParseDoubleAccepts(String text) {
        assertThatThrownBy(() -> StrictNumbers.decimal(text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "-0.5", ".25", "3.", "+7", "1.5e3", "2E-04", "12222.2001953125"})
    void test_decimal_acceptsPlainDecimals(String text) {
        assertThat(StrictNumbers.decimal(text)).isEqualTo(Double.parseDouble(text));
    }

    @Property(tries = 300)
    void test_decimal_roundTripsEveryFiniteDouble(@ForAll double value) {
        String text = Double.toString(value).replace("E", "e");
        if (Double.isFinite(value)) {
            assertThat(StrictNumbers.decimal(text)).isEqualTo(value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "0x10", "1e3", "", "12345678901234567890"})
    void test_whole_refusesNonIntegers(String text) {
        assertThatThrownBy(() -> StrictNumbers.whole(text)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x1p3", "\u001b[31mred"})
    void test_decimal_messageQuotesTheTextSafely(String text) {
        assertThatThrownBy(() -> StrictNumbers.decimal(text))
                .hasMessageStartingWith("not a decimal number: '")
                .hasMessageNotContaining("\u001b");
    }
}
