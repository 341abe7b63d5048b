package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParsePosition;
import org.junit.jupiter.api.Test;

class IndianNumberFormatTest {

    @Test
    void test_format_indianGroupingWithAndWithoutTheSign() {
        assertThat(new IndianNumberFormat(true).format(150000)).isEqualTo("₹1,50,000");
        assertThat(new IndianNumberFormat(true).format(-25000)).isEqualTo("-₹25,000");
        assertThat(new IndianNumberFormat(false).format(26500)).isEqualTo("26,500");
    }

    @Test
    void test_parse_readsBackWhatItWrites() {
        IndianNumberFormat format = new IndianNumberFormat(true);
        for (double value : new double[] {150000, -25000, 0, 12345678}) {
            assertThat(format.parse(format.format(value), new ParsePosition(0)).doubleValue())
                    .isEqualTo(value);
        }
    }

    @Test
    void test_parse_notANumberIsAnErrorAtItsStart() {
        ParsePosition position = new ParsePosition(2);
        assertThat(new IndianNumberFormat(true).parse("x abc", position)).isNull();
        assertThat(position.getErrorIndex()).isEqualTo(2);
        assertThat(position.getIndex()).isEqualTo(2);
    }
}
