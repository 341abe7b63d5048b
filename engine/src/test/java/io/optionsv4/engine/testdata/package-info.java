/**
 * Test fixtures of the engine module: {@link io.optionsv4.engine.testdata.Settings} (the analysis settings with the
 * numbers of the app's default YAML files), {@link io.optionsv4.engine.testdata.FaultyMarketData} (a real market data
 * source that fails or edits on command), the recording stores {@link
 * io.optionsv4.engine.testdata.RecordingAnalysisStore} and {@link
 * io.optionsv4.engine.testdata.RecordingConditionsStore}, a fixed IV history, a test clock and the locator of the
 * shared real NSE files ({@link io.optionsv4.engine.testdata.SharedData}).
 */
package io.optionsv4.engine.testdata;
