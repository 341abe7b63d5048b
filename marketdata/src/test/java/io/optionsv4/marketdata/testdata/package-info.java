/**
 * Test fixtures of the marketdata module: the real NSE files are the project's own {@code data/}
 * (found by {@link io.optionsv4.marketdata.files.ProjectData}), {@link io.optionsv4.marketdata.testdata.NseFiles}
 * reads the few columns the reference-data tests compare with, and {@link
 * io.optionsv4.marketdata.testdata.MarketDataContractTest} is the contract every {@code MarketData} adapter's test
 * extends.
 */
package io.optionsv4.marketdata.testdata;
