/**
 * Market analysis of one underlying as pure functions of market data: so far the IV environment, with {@link
 * io.optionsv4.core.analysis.IvStatistics} (IV rank and percentile over 252 trading days) and {@link
 * io.optionsv4.core.analysis.IvEnvironment}. Indicators, trend, price levels, max pain and PCR follow with the analysis
 * issue.
 */
package io.optionsv4.core.analysis;
