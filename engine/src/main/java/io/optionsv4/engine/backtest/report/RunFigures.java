package io.optionsv4.engine.backtest.report;

import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestRun;
import java.time.LocalDate;

/**
 * The headline figures of one stored backtest run, the row a list of runs shows and a side of a comparison: what ran,
 * how the equity ended, the trades, and the calibration of both probabilities of profit. Computed from a {@link
 * BacktestReport} alone.
 *
 * @param runId the run's id
 * @param data the market ({@code history} or {@code sim})
 * @param from the first day asked for
 * @param to the last day asked for
 * @param risk the risk profile
 * @param sessions trading days simulated
 * @param complete whether the run reached {@code to}
 * @param capitalPaise the starting capital
 * @param endEquityPaise the equity at the last close (the capital with no close)
 * @param totalReturn {@code end / capital - 1}
 * @param cagr the compound annual growth rate; null when undefined
 * @param sharpe the annualised Sharpe ratio of raw daily returns; null when undefined
 * @param sortino the annualised Sortino ratio of raw daily returns; null when undefined
 * @param maxDrawdown the deepest drawdown, a fraction (zero or negative)
 * @param trades every trade entered
 * @param closed the trades closed by the last day
 * @param winRate wins / closed; null with no closed trade
 * @param profitFactor gross profit / gross loss of closed trades; null with no loss
 * @param expectancyPaise the mean net P&L of a closed trade; null with none
 * @param costsPaise the costs of every trade
 * @param planPopPredicted the mean predicted plan PoP of the scored trades; null with none
 * @param planPopRealised the share of those that made money after costs; null with none
 * @param planPopBrier the plan PoP's Brier score; null with none
 * @param expiryPopPredicted the mean predicted expiry PoP of the scored trades; null with none
 * @param expiryPopRealised the share of those whose entry legs held to expiry made money; null with none
 * @param expiryPopBrier the expiry PoP's Brier score; null with none
 */
public record RunFigures(
        String runId,
        String data,
        LocalDate from,
        LocalDate to,
        String risk,
        int sessions,
        boolean complete,
        long capitalPaise,
        long endEquityPaise,
        double totalReturn,
        Double cagr,
        Double sharpe,
        Double sortino,
        double maxDrawdown,
        int trades,
        int closed,
        Double winRate,
        Double profitFactor,
        Double expectancyPaise,
        long costsPaise,
        Double planPopPredicted,
        Double planPopRealised,
        Double planPopBrier,
        Double expiryPopPredicted,
        Double expiryPopRealised,
        Double expiryPopBrier) {

    /** The figures of {@code result} (its report with Sharpe and Sortino of raw returns, {@link BacktestReport#of}). */
    public static RunFigures of(BacktestResult result) {
        return of(BacktestReport.of(result));
    }

    /** The figures of {@code report}. */
    public static RunFigures of(BacktestReport report) {
        BacktestRun run = report.run();
        PerformanceSummary summary = report.summary();
        TradeStatistics trades = report.trades();
        Calibration plan = report.planPop().overall();
        Calibration expiry = report.expiryPop().overall();
        return new RunFigures(
                run.runId(),
                run.data(),
                run.from(),
                run.to(),
                run.risk(),
                run.sessions(),
                run.complete(),
                summary.capitalPaise(),
                summary.endEquityPaise(),
                summary.totalReturn(),
                summary.cagr(),
                summary.sharpe(),
                summary.sortino(),
                summary.maxDrawdown().depth(),
                trades.trades(),
                trades.closed(),
                trades.winRate(),
                trades.profitFactor(),
                trades.expectancyPaise(),
                trades.costsPaise(),
                plan.meanPredicted(),
                plan.realisedFrequency(),
                plan.brier(),
                expiry.meanPredicted(),
                expiry.realisedFrequency(),
                expiry.brier());
    }
}
