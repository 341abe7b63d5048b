/**
 * Replay of real NSE end-of-day files as {@link io.optionsv4.core.market.MarketData}: {@link
 * io.optionsv4.marketdata.replay.BhavcopyReplayMarketData} reads F&amp;O bhavcopies (old and UDiFF form), cash
 * bhavcopies (old and full form) and the NIFTY 50 / India VIX histories from one directory tree, and builds option
 * chains with IV and Greeks from the core's synthetic forward and Black-76. Rejected rows are reported as {@link
 * io.optionsv4.marketdata.replay.RowWarning}s (line, {@link io.optionsv4.marketdata.replay.DataIssue reason}, field)
 * and gathered per run in a {@link io.optionsv4.marketdata.replay.DataQualityReport}; {@link
 * io.optionsv4.marketdata.replay.DataQualityPolicy} says when a file is refused. Design notes: {@code
 * docs/market-data-replay.md}, {@code docs/reliability.md}.
 */
package io.optionsv4.marketdata.replay;
