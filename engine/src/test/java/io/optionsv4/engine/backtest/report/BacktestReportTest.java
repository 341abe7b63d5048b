package io.optionsv4.engine.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.EquityPoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole report of a small result: which trades each calibration scores, the exposure, the groups. */
class BacktestReportTest {

    private static final LocalDate D1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate D2 = LocalDate.of(2020, 1, 2);

    @Test
    void test_of_scoresTheRightTradesAndMeasuresExposure() {
        BacktestTrade settled = Backtests.closed(1, "IRON_CONDOR", "NEUTRAL", "NEUTRAL_LOW", 30_000L, 0.7);
        BacktestTrade noExpiryYet = new BacktestTrade(
                2,
                "NIFTY",
                "BULL_PUT_SPREAD",
                "DIRECTIONAL",
                "BULL_NORMAL",
                D1,
                D2,
                "STOP_LOSS",
                1,
                50_000L,
                80_000L,
                -9_000L,
                1_000L,
                -10_000L,
                0.65,
                0.55,
                null);
        BacktestTrade open = Backtests.open(3, "NEUTRAL", 5_000L);
        List<EquityPoint> equity = List.of(
                new EquityPoint(D1, 1_000_000L, 800_000L, 200_000L, 2, 0L, 0L),
                new EquityPoint(D2, 1_000_000L, 1_000_000L, 0L, 0, 0L, 0L));

        BacktestReport report = BacktestReport.of(
                new BacktestResult(Backtests.run(D1, D2, 1_000_000L), equity, List.of(settled, noExpiryYet, open)));

        assertThat(report.planPop().overall().count()).isEqualTo(2); // the open trade is not scored
        assertThat(report.planPop().families())
                .extracting(PopCalibration.Family::family)
                .containsExactly("DIRECTIONAL", "NEUTRAL");
        assertThat(report.expiryPop().overall().count()).isEqualTo(1); // only the trade with a known expiry outcome
        assertThat(report.expiryPop().overall().meanPredicted()).isEqualTo(0.7);
        assertThat(report.exposure().points().get(0).marginToEquity()).isEqualTo(0.2);
        assertThat(report.exposure().averageMarginToEquity()).isEqualTo(0.1);
        assertThat(report.exposure().daysInMarket()).isEqualTo(0.5);
        assertThat(report.exposure().maxOpenStrategies()).isEqualTo(2);
        assertThat(report.byFamily()).hasSize(2);
        assertThat(report.trades().openAtEnd()).isEqualTo(1);
        assertThat(report.summary().totalReturn()).isEqualTo(0.0);
    }
}
