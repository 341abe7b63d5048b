package io.optionsv4.engine.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The return ratios against hand-computed values. Capital ₹1,000 (100,000 paise), closes 110,000, 99,000, 108,900,
 * 108,900: daily returns +10 %, -10 %, +10 %, 0.
 */
class PerformanceSummaryTest {

    private static final double EPS = 1e-12;
    private static final List<LocalDate> DAYS = List.of(
            LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 6));

    private static EquityCurve curve() {
        return EquityCurve.of(DAYS.get(0), 100_000L, Backtests.equity(DAYS, 110_000L, 99_000L, 108_900L, 108_900L));
    }

    @Test
    void test_of_handComputedRatios() {
        PerformanceSummary s = PerformanceSummary.of(curve(), 0.0);

        // mean 0.025; deviations 0.075, -0.125, 0.075, -0.025; squares sum 0.0275; sample variance 0.0275 / 3
        double sd = Math.sqrt(0.0275 / 3);
        assertThat(s.totalReturn()).isCloseTo(0.089, within(EPS));
        assertThat(s.cagr()).isCloseTo(Math.pow(1.089, 252.0 / 4) - 1, within(1e-9));
        assertThat(s.annualVolatility()).isCloseTo(sd * Math.sqrt(252), within(EPS));
        assertThat(s.sharpe()).isCloseTo(Math.sqrt(252) * 0.025 / sd, within(1e-9));
        // downside: only -0.10 is below 0: sqrt(0.01 / 4) = 0.05
        assertThat(s.sortino()).isCloseTo(Math.sqrt(252) * 0.025 / 0.05, within(1e-9));
        assertThat(s.sessions()).isEqualTo(4);
        assertThat(s.endEquityPaise()).isEqualTo(108_900L);
    }

    @Test
    void test_of_riskFreeRateSubtractedDaily() {
        double rf = 0.0650;
        double daily = Math.pow(1.065, 1.0 / 252) - 1;
        PerformanceSummary s = PerformanceSummary.of(curve(), rf);

        double sd = Math.sqrt(0.0275 / 3); // a constant shift leaves the deviation alone
        assertThat(s.sharpe()).isCloseTo(Math.sqrt(252) * (0.025 - daily) / sd, within(1e-9));
        // below the daily rate: day 2 (-0.10 - rf_d) and day 4 (0 - rf_d)
        double down = Math.pow(-daily, 2) + Math.pow(-0.10 - daily, 2);
        assertThat(s.sortino()).isCloseTo(Math.sqrt(252) * (0.025 - daily) / Math.sqrt(down / 4), within(1e-9));
        assertThat(s.annualRiskFreeRate()).isEqualTo(rf);
    }

    @Test
    void test_of_maxDrawdownNotRecovered() {
        MaxDrawdown dd = PerformanceSummary.of(curve(), 0.0).maxDrawdown();

        assertThat(dd.depth()).isCloseTo(-0.10, within(EPS));
        assertThat(dd.depthPaise()).isEqualTo(-11_000L);
        assertThat(dd.peakDay()).isEqualTo(DAYS.get(0));
        assertThat(dd.troughDay()).isEqualTo(DAYS.get(1));
        assertThat(dd.recovered()).isFalse();
        assertThat(dd.sessions()).isEqualTo(3);
        assertThat(dd.calendarDays()).isEqualTo(5);
    }

    @Test
    void test_maxDrawdown_fromTheCapitalAndRecovered() {
        EquityCurve c = EquityCurve.of(DAYS.get(0), 10_000L, Backtests.equity(DAYS, 9_000L, 9_500L, 10_000L, 10_500L));

        MaxDrawdown dd = MaxDrawdown.of(c);

        assertThat(dd.depth()).isCloseTo(-0.10, within(EPS));
        assertThat(dd.peakDay()).isEqualTo(DAYS.get(0));
        assertThat(dd.troughDay()).isEqualTo(DAYS.get(0));
        assertThat(dd.recoveryDay()).isEqualTo(DAYS.get(2));
        assertThat(dd.sessions()).isEqualTo(3);
        assertThat(dd.calendarDays()).isEqualTo(2);
        assertThat(c.points().get(1).drawdown()).isCloseTo(-0.05, within(EPS));
        assertThat(c.points().get(3).peakPaise()).isEqualTo(10_500L);
    }

    @Test
    void test_of_undefinedRatiosAreNull() {
        EquityCurve flat = EquityCurve.of(DAYS.get(0), 100L, Backtests.equity(DAYS, 100L, 100L, 100L, 100L));

        PerformanceSummary s = PerformanceSummary.of(flat, 0.0);

        assertThat(s.sharpe()).isNull();
        assertThat(s.sortino()).isNull();
        assertThat(s.cagr()).isEqualTo(0.0);
        assertThat(s.maxDrawdown().depth()).isEqualTo(0.0);
        assertThat(PerformanceSummary.of(EquityCurve.of(DAYS.get(0), 100L, List.of()), 0.0)
                        .cagr())
                .isNull();
    }

    @Test
    void test_of_badRiskFreeRate() {
        assertThatThrownBy(() -> PerformanceSummary.of(curve(), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("risk-free");
    }
}
