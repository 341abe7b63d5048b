package io.optionsv4.engine.backtest.report;

import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestRun;
import io.optionsv4.engine.backtest.BacktestTrade;
import java.util.List;

/**
 * Every report of one backtest, computed from its {@link BacktestResult} alone (pure; the writers turn it into files).
 *
 * @param run what ran (its {@code priceNotice} belongs on every page that shows these figures)
 * @param summary CAGR, volatility, Sharpe, Sortino, maximum drawdown
 * @param equityCurve equity, daily return and drawdown at each close
 * @param monthlyReturns the year x month table of compounded returns
 * @param trades the statistics of every trade
 * @param byStrategyType the statistics per strategy type
 * @param byFamily the statistics per strategy family
 * @param byMarketState the statistics per market state at entry
 * @param exposure margin / equity and open strategies at each close
 * @param planPop calibration of the plan PoP against closed trades' net profit
 * @param expiryPop calibration of the expiry PoP against the held-to-expiry outcome
 */
public record BacktestReport(
        BacktestRun run,
        PerformanceSummary summary,
        EquityCurve equityCurve,
        MonthlyReturns monthlyReturns,
        TradeStatistics trades,
        List<TradeStatistics.Group> byStrategyType,
        List<TradeStatistics.Group> byFamily,
        List<TradeStatistics.Group> byMarketState,
        Exposure exposure,
        PopCalibration planPop,
        PopCalibration expiryPop) {

    public BacktestReport {
        byStrategyType = List.copyOf(byStrategyType);
        byFamily = List.copyOf(byFamily);
        byMarketState = List.copyOf(byMarketState);
    }

    /** The reports of {@code result} with Sharpe and Sortino of raw returns (a risk-free rate of zero). */
    public static BacktestReport of(BacktestResult result) {
        return of(result, 0.0);
    }

    /**
     * The reports of {@code result}, Sharpe and Sortino of the returns in excess of {@code annualRiskFreeRate} (a
     * decimal fraction a year, e.g. {@code 0.065}).
     */
    public static BacktestReport of(BacktestResult result, double annualRiskFreeRate) {
        BacktestRun run = result.run();
        EquityCurve curve = EquityCurve.of(run.from(), run.capitalPaise(), result.equity());
        List<BacktestTrade> trades = result.trades();
        return new BacktestReport(
                run,
                PerformanceSummary.of(curve, annualRiskFreeRate),
                curve,
                MonthlyReturns.of(curve),
                TradeStatistics.of(trades),
                TradeStatistics.byKey(trades, BacktestTrade::strategyType),
                TradeStatistics.byKey(trades, BacktestTrade::family),
                TradeStatistics.byKey(trades, BacktestTrade::marketState),
                Exposure.of(result.equity()),
                PopCalibration.planPop(trades),
                PopCalibration.expiryPop(trades));
    }
}
