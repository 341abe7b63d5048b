/**
 * The backtest: the daily loop (analysis, allocation, paper execution, end-of-day marks, exits, expiry settlement)
 * driven over a historical or simulated market on a simulated clock, and the reports computed from its result. The
 * records {@link io.optionsv4.engine.backtest.BacktestResult}, {@link io.optionsv4.engine.backtest.BacktestRun},
 * {@link io.optionsv4.engine.backtest.EquityPoint} and {@link io.optionsv4.engine.backtest.BacktestTrade} are the
 * contract between the runner that produces a result and the reports that read one.
 */
package io.optionsv4.engine.backtest;
