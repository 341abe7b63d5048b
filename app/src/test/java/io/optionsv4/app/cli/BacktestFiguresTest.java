package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BacktestFiguresTest {

    @Test
    void test_percent_signedExceptZero() {
        assertThat(BacktestFigures.percent(0.0123)).isEqualTo("+1.23%");
        assertThat(BacktestFigures.percent(-0.0965)).isEqualTo("-9.65%");
        assertThat(BacktestFigures.percent(0.0)).isEqualTo("0.00%");
        assertThat(BacktestFigures.percent(-0.00001)).as("rounds to zero").isEqualTo("0.00%");
        assertThat(BacktestFigures.percent(null)).isEqualTo("n/a");
    }

    @Test
    void test_differences() {
        assertThat(BacktestFigures.points(0.40, 0.425)).isEqualTo("+2.50 pp");
        assertThat(BacktestFigures.points(null, 0.4)).isEqualTo("n/a");
        assertThat(BacktestFigures.difference(-0.77, -0.46, 2)).isEqualTo("+0.31");
        assertThat(BacktestFigures.rupeesDifference(100_000.0, 50_000.0)).isEqualTo("-₹500");
        assertThat(BacktestFigures.rupeesDifference(0.0, 51_478_600.0)).isEqualTo("+₹5,14,786");
        assertThat(BacktestFigures.share(0.456)).isEqualTo("45.6%");
        assertThat(BacktestFigures.score(0.2297)).isEqualTo("0.230");
    }
}
