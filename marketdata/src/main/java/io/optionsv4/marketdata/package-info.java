/**
 * Market data with no broker behind it: the simulated NSE market (the default), the replay of real NSE end-of-day
 * files, the historical NIFTY market for backtests (real NIFTY and India VIX, model option chains), and the reference
 * data (universe, lot sizes, trading calendar, scrip master). Depends on {@code core} only.
 */
package io.optionsv4.marketdata;
