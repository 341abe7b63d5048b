/**
 * The reports of a backtest, computed from a {@link io.optionsv4.engine.backtest.BacktestResult} alone: pure
 * functions, no I/O, no clock. {@link io.optionsv4.engine.backtest.report.BacktestReport#of} is the entry point; its
 * parts are the equity curve with its drawdowns ({@link io.optionsv4.engine.backtest.report.EquityCurve},
 * {@link io.optionsv4.engine.backtest.report.MaxDrawdown}), the monthly returns table
 * ({@link io.optionsv4.engine.backtest.report.MonthlyReturns}), the return ratios
 * ({@link io.optionsv4.engine.backtest.report.PerformanceSummary}), the trade statistics overall and per group
 * ({@link io.optionsv4.engine.backtest.report.TradeStatistics}), the exposure over time
 * ({@link io.optionsv4.engine.backtest.report.Exposure}) and the calibration of the predicted probabilities of
 * profit ({@link io.optionsv4.engine.backtest.report.Calibration}). Every definition and convention is in
 * {@code docs/backtest.md}, section "Reports".
 */
package io.optionsv4.engine.backtest.report;
