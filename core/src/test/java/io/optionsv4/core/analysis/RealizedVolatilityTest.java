package io.optionsv4.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.testdata.Candles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealizedVolatilityTest {

    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    /** Closes rising and falling 1 % in turn, 41 of them. */
    static List<Candle> alternatingOnePercent(int n) {
        double[] closes = new double[n];
        closes[0] = 100;
        for (int i = 1; i < n; i++) {
            closes[i] = i % 2 == 1 ? closes[i - 1] * 1.01 : closes[i - 1] / 1.01;
        }
        return Candles.closes(closes);
    }

    /**
     * Twenty returns of ±ln 1.01 alternate, so their mean is 0 and the sample variance {@code 20 ln²1.01 / 19}; the
     * annualised volatility is {@code ln 1.01 · √(20/19) · √252} = 0.1621.
     */
    @Test
    void test_closeToClose_alternatingReturns() {
        IndicatorReading rv = RealizedVolatility.closeToClose(alternatingOnePercent(41), FAR, 20);

        double expected = Math.log(1.01) * Math.sqrt(20.0 / 19) * Math.sqrt(252);
        assertThat(((IndicatorReading.Value) rv).value()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void test_closeToClose_insufficientHistory() {
        assertThat(RealizedVolatility.closeToClose(alternatingOnePercent(20), FAR, 20))
                .isEqualTo(new InsufficientHistory("realized volatility 20", 21, 20));
    }

    @Test
    void test_history_oneFigurePerDayWithAFullWindow() {
        assertThat(RealizedVolatility.history(alternatingOnePercent(41), FAR, 20))
                .hasSize(21);
        assertThat(RealizedVolatility.history(alternatingOnePercent(20), FAR, 20))
                .isEmpty();
    }
}
