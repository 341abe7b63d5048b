/**
 * Test fixtures of the engine module: {@link io.optionsv4.engine.testdata.Settings} (the analysis settings with the
 * numbers of the app's default YAML files) and {@link io.optionsv4.engine.testdata.FaultyMarketData} (a market data
 * source that fails on command).
 */
package io.optionsv4.engine.testdata;
