package io.optionsv4.engine.backtest;

import java.util.List;
import java.util.Objects;

/**
 * A finished (or stopped) backtest: the run, the account at every close in date order, and every trade.
 *
 * @param run what ran and how it ended
 * @param equity the account at each simulated day's close, in date order
 * @param trades every strategy entered, in entry order
 */
public record BacktestResult(BacktestRun run, List<EquityPoint> equity, List<BacktestTrade> trades) {

    public BacktestResult {
        Objects.requireNonNull(run, "run");
        equity = List.copyOf(equity);
        trades = List.copyOf(trades);
        for (int i = 1; i < equity.size(); i++) {
            if (!equity.get(i).day().isAfter(equity.get(i - 1).day())) {
                throw new IllegalArgumentException(
                        "equity not in date order at " + equity.get(i).day());
            }
        }
    }
}
