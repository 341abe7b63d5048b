/**
 * The simulated NSE market, the project's default market data: {@link
 * io.optionsv4.marketdata.sim.SimulatedMarketData} serves every underlying of the reference universe on any date,
 * deterministic for a seed, with stochastic-volatility price paths with jumps correlated through NIFTY and sectors,
 * India VIX from NIFTY's implied vol, and option chains priced from calibrated SSVI smiles with the replay's IV and
 * Greeks conventions; {@link io.optionsv4.marketdata.sim.SimulatedMarketFeed} streams intraday ticks consistent with
 * each session's candle, driven by an injected clock. Calibration to the real NSE files is documented in {@code
 * docs/simulated-market.md}; the fitted tables are resources of this package.
 */
package io.optionsv4.marketdata.sim;
