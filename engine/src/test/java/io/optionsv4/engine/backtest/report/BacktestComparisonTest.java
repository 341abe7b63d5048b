package io.optionsv4.engine.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestTrade;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestComparisonTest {

    private static final LocalDate D1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate D2 = LocalDate.of(2020, 1, 2);
    private static final LocalDate D3 = LocalDate.of(2020, 1, 3);
    private static final LocalDate D6 = LocalDate.of(2020, 1, 6);

    private static BacktestTrade trade(long id, LocalDate entry, String type, int lots, long netPaise, String reason) {
        return new BacktestTrade(
                id,
                "NIFTY",
                type,
                "VOLATILITY",
                "NEUTRAL_NORMAL",
                entry,
                entry.plusDays(3),
                reason,
                lots,
                50_000L,
                100_000L,
                netPaise + 100,
                100,
                netPaise,
                0.6,
                0.5,
                netPaise > 0);
    }

    private static BacktestResult result(List<Long> equity, List<BacktestTrade> trades) {
        List<LocalDate> days = List.of(D1, D2, D3, D6).subList(0, equity.size());
        long[] paise = equity.stream().mapToLong(Long::longValue).toArray();
        return new BacktestResult(Backtests.run(D1, D6, 1_000_000L), Backtests.equity(days, paise), trades);
    }

    @Test
    void test_of_sameRunIsIdentical() {
        BacktestResult run = result(
                List.of(1_000_000L, 1_010_000L, 990_000L, 1_020_000L),
                List.of(trade(1, D1, "IRON_CONDOR", 2, 5_000, "TARGET"), trade(2, D2, "LONG_CALL", 1, -3_000, "STOP")));

        BacktestComparison same = BacktestComparison.of(run, run);

        assertThat(same.overlap().identical()).isTrue();
        assertThat(same.overlap().commonSessions()).isEqualTo(4);
        assertThat(same.overlap().firstCommonDay()).isEqualTo(D1);
        assertThat(same.overlap().lastCommonDay()).isEqualTo(D6);
        assertThat(same.overlap().tradesPaired()).isEqualTo(2);
        assertThat(same.overlap().tradesSameOutcome()).isEqualTo(2);
        assertThat(same.overlap().onlyInA()).isZero();
        assertThat(same.overlap().onlyInB()).isZero();
        assertThat(same.a()).isEqualTo(same.b());
        assertThat(same.a().totalReturn()).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(same.a().trades()).isEqualTo(2);
        assertThat(same.a().closed()).isEqualTo(2);
        assertThat(same.a().winRate()).isEqualTo(0.5);
        assertThat(same.a().costsPaise()).isEqualTo(200);
    }

    @Test
    void test_overlap_findsTheFirstDayEitherParts() {
        BacktestResult a = result(
                List.of(1_000_000L, 1_010_000L, 990_000L, 1_020_000L),
                List.of(
                        trade(1, D1, "IRON_CONDOR", 2, 5_000, "TARGET"),
                        trade(2, D2, "LONG_CALL", 1, -3_000, "STOP"),
                        trade(3, D3, "LONG_PUT", 1, 1_000, "TIME")));
        BacktestResult b = result(
                List.of(1_000_000L, 1_010_000L, 995_000L),
                List.of(
                        trade(11, D1, "IRON_CONDOR", 2, 5_000, "TARGET"),
                        trade(12, D2, "LONG_CALL", 1, -2_500, "STOP"),
                        trade(13, D3, "LONG_PUT", 2, 1_000, "TIME"),
                        trade(14, D6, "SHORT_STRANGLE", 1, 700, "TARGET")));

        BacktestComparison.Overlap overlap = BacktestComparison.overlap(a, b);

        assertThat(overlap.commonSessions()).isEqualTo(3);
        assertThat(overlap.lastCommonDay()).isEqualTo(D3);
        assertThat(overlap.firstEquityDifference()).isEqualTo(D3);
        assertThat(overlap.tradesPaired()).as("the LONG_PUT differs in lots").isEqualTo(2);
        assertThat(overlap.tradesSameOutcome())
                .as("the LONG_CALL lost less in b")
                .isEqualTo(1);
        assertThat(overlap.onlyInA()).isEqualTo(1);
        assertThat(overlap.onlyInB()).isEqualTo(2);
        assertThat(overlap.firstTradeDifference()).isEqualTo(D2);
        assertThat(overlap.identical()).isFalse();
    }

    @Test
    void test_overlap_pairsEqualKeysInEntryOrder() {
        BacktestResult a = result(
                List.of(1_000_000L),
                List.of(trade(1, D1, "LONG_CALL", 1, 100, "TARGET"), trade(2, D1, "LONG_CALL", 1, 200, "TARGET")));
        BacktestResult b = result(
                List.of(1_000_000L),
                List.of(
                        trade(5, D1, "LONG_CALL", 1, 100, "TARGET"),
                        trade(6, D1, "LONG_CALL", 1, 200, "TARGET"),
                        trade(7, D1, "LONG_CALL", 1, 300, "TARGET")));

        BacktestComparison.Overlap overlap = BacktestComparison.overlap(a, b);

        assertThat(overlap.tradesPaired()).isEqualTo(2);
        assertThat(overlap.tradesSameOutcome()).isEqualTo(2);
        assertThat(overlap.onlyInA()).isZero();
        assertThat(overlap.onlyInB()).isEqualTo(1);
        assertThat(overlap.firstEquityDifference()).isNull();
        assertThat(overlap.firstTradeDifference()).isEqualTo(D1);
    }

    @Test
    void test_overlap_noCommonDay() {
        BacktestResult a = result(List.of(1_000_000L), List.of());
        BacktestResult b = new BacktestResult(
                Backtests.run(D6, D6, 1_000_000L), Backtests.equity(List.of(D6), 1_000_000L), List.of());

        BacktestComparison.Overlap overlap = BacktestComparison.overlap(a, b);

        assertThat(overlap.commonSessions()).isZero();
        assertThat(overlap.firstCommonDay()).isNull();
        assertThat(overlap.lastCommonDay()).isNull();
        assertThat(overlap.identical()).isTrue();
    }
}
