package io.optionsv4.engine.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.engine.backtest.BacktestTrade;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Win rate, averages, profit factor and expectancy of a hand-made set of trades, overall and per group. */
class TradeStatisticsTest {

    private static final List<BacktestTrade> TRADES = List.of(
            Backtests.closed(1, "IRON_CONDOR", "NEUTRAL", "NEUTRAL_LOW", 30_000L, 0.7),
            Backtests.closed(2, "IRON_CONDOR", "NEUTRAL", "NEUTRAL_NORMAL", -50_000L, 0.7),
            Backtests.closed(3, "BULL_PUT_SPREAD", "DIRECTIONAL", "BULL_NORMAL", 10_000L, 0.6),
            Backtests.closed(4, "BULL_PUT_SPREAD", "DIRECTIONAL", "BULL_NORMAL", 0L, 0.6),
            Backtests.open(5, "NEUTRAL", -7_000L));

    @Test
    void test_of_handComputed() {
        TradeStatistics s = TradeStatistics.of(TRADES);

        assertThat(s.trades()).isEqualTo(5);
        assertThat(s.closed()).isEqualTo(4);
        assertThat(s.openAtEnd()).isEqualTo(1);
        assertThat(s.wins()).isEqualTo(2);
        assertThat(s.losses()).isEqualTo(1);
        assertThat(s.winRate()).isEqualTo(0.5); // the zero trade is not a win
        assertThat(s.averageWinPaise()).isEqualTo(20_000.0);
        assertThat(s.averageLossPaise()).isEqualTo(-50_000.0);
        assertThat(s.largestWinPaise()).isEqualTo(30_000L);
        assertThat(s.largestLossPaise()).isEqualTo(-50_000L);
        assertThat(s.grossProfitPaise()).isEqualTo(40_000L);
        assertThat(s.grossLossPaise()).isEqualTo(-50_000L);
        assertThat(s.netPnlPaise()).isEqualTo(-10_000L);
        assertThat(s.costsPaise()).isEqualTo(400L);
        assertThat(s.profitFactor()).isCloseTo(0.8, within(1e-12));
        assertThat(s.expectancyPaise()).isEqualTo(-2_500.0);
        assertThat(s.openNetPnlPaise()).isEqualTo(-7_000L);
    }

    @Test
    void test_byKey_groupsInKeyOrder() {
        List<TradeStatistics.Group> byType = TradeStatistics.byKey(TRADES, BacktestTrade::strategyType);
        List<TradeStatistics.Group> byState = TradeStatistics.byKey(TRADES, BacktestTrade::marketState);

        assertThat(byType).extracting(TradeStatistics.Group::key).containsExactly("BULL_PUT_SPREAD", "IRON_CONDOR");
        assertThat(byType.get(0).statistics().profitFactor()).isNull(); // no loss
        assertThat(byType.get(0).statistics().winRate()).isEqualTo(0.5);
        assertThat(byType.get(1).statistics().trades()).isEqualTo(3);
        assertThat(byState)
                .extracting(TradeStatistics.Group::key)
                .containsExactly("BULL_NORMAL", "NEUTRAL_LOW", "NEUTRAL_NORMAL");
    }

    @Test
    void test_of_noTrades() {
        TradeStatistics s = TradeStatistics.of(List.of());

        assertThat(s.winRate()).isNull();
        assertThat(s.expectancyPaise()).isNull();
        assertThat(s.profitFactor()).isNull();
    }
}
