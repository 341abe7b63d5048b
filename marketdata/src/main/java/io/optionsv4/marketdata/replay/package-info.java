/**
 * Replay of real NSE end-of-day files as {@link io.optionsv4.core.market.MarketData}: {@link
 * io.optionsv4.marketdata.replay.BhavcopyReplayMarketData} reads F&amp;O bhavcopies (old and UDiFF form), cash
 * bhavcopies (old and full form) and the NIFTY 50 / India VIX histories from one directory tree, and builds option
 * chains with IV and Greeks from the core's synthetic forward and Black-76. Skipped malformed rows are reported as
 * {@link io.optionsv4.marketdata.replay.RowWarning}s. Design notes: {@code docs/market-data-replay.md}.
 */
package io.optionsv4.marketdata.replay;
