/**
 * Market analysis of one underlying as pure functions of market data. So far the IV environment: {@link
 * io.optionsv4.core.analysis.IvSummarizer} turns an option chain into an {@link io.optionsv4.core.analysis.IvSummary}
 * (ATM IV, 25-delta skew, chain totals), {@link io.optionsv4.core.analysis.IvStatistics} computes IV rank and IV
 * percentile over 252 trading days, {@link io.optionsv4.core.analysis.IvEnvironment} classifies the percentile, and the
 * {@link io.optionsv4.core.analysis.IvHistoryStore} port stores the history. Indicators, trend, price levels, max pain
 * and
 * PCR follow with the analysis issue.
 */
package io.optionsv4.core.analysis;
