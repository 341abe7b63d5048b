/**
 * The historical NIFTY market for backtests: {@link io.optionsv4.marketdata.history.HistoricalNiftyMarket}, a {@code
 * MarketData} whose NIFTY quotes, candles and India VIX are the real daily files ({@code index_daily/nifty50.csv},
 * {@code indiavix.csv}) and whose NIFTY option chains are model prices rebuilt for each real session: NSE's strike
 * grid, expiry rules and lot sizes of the time (tables with their sources next to these classes), an ATM term
 * structure anchored on the day's India VIX and an SSVI smile fitted to the real 2020 and 2026 chains, rates from
 * RBI's repo rate, bid/ask from {@code core.costs.SpreadModel}. Every chain is marked {@code ChainSource.MODEL}: the
 * option prices are not traded prices. A market is a view up to an as-of date; nothing after it is reachable. Design
 * and calibration figures: {@code docs/backtest.md}.
 */
package io.optionsv4.marketdata.history;
