package io.optionsv4.engine.backtest.report;

import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestRun;
import io.optionsv4.engine.backtest.BacktestTrade;
import io.optionsv4.engine.backtest.EquityPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built backtest results for the report tests. */
final class Backtests {

    private Backtests() {}

    /** A run from {@code from} to {@code to} with {@code capitalPaise}. */
    static BacktestRun run(LocalDate from, LocalDate to, long capitalPaise) {
        return new BacktestRun(
                "test-run",
                from,
                to,
                "history",
                "moderate",
                capitalPaise,
                7L,
                Instant.parse("2026-01-01T00:00:00Z"),
                Duration.ofSeconds(1),
                0,
                true,
                "model prices",
                List.of());
    }

    /** Equity points on {@code days} with the given equities, no margin and nothing open. */
    static List<EquityPoint> equity(List<LocalDate> days, long... equityPaise) {
        List<EquityPoint> points = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            points.add(new EquityPoint(days.get(i), equityPaise[i], equityPaise[i], 0L, 0, 0L, 0L));
        }
        return points;
    }

    /** A closed trade of {@code family} with net P&amp;L {@code netPaise} (costs 100 paise) and a plan PoP. */
    static BacktestTrade closed(long id, String type, String family, String state, long netPaise, double planPop) {
        LocalDate entry = LocalDate.of(2020, 1, 1);
        return new BacktestTrade(
                id,
                "NIFTY",
                type,
                family,
                state,
                entry,
                entry.plusDays(5),
                "TARGET",
                1,
                50_000L,
                100_000L,
                netPaise + 100,
                100,
                netPaise,
                planPop,
                planPop,
                netPaise > 0);
    }

    /** A trade still open at the end with net P&amp;L {@code netPaise}. */
    static BacktestTrade open(long id, String family, long netPaise) {
        LocalDate entry = LocalDate.of(2020, 1, 1);
        return new BacktestTrade(
                id,
                "NIFTY",
                "IRON_CONDOR",
                family,
                "NEUTRAL_NORMAL",
                entry,
                null,
                "OPEN_AT_END",
                1,
                50_000L,
                100_000L,
                netPaise,
                0,
                netPaise,
                0.7,
                0.6,
                null);
    }

    /** A result of {@code run} with {@code equity} and {@code trades}. */
    static BacktestResult result(BacktestRun run, List<EquityPoint> equity, List<BacktestTrade> trades) {
        return new BacktestResult(run, equity, trades);
    }
}
