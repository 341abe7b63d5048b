/**
 * Test fixtures of the marketdata module: {@link io.optionsv4.marketdata.testdata.SharedData} locates the real NSE
 * files of {@code shared/data} (read in place, never copied), {@link io.optionsv4.marketdata.testdata.NseFiles}
 * reads the few columns the reference-data tests compare with, and {@link
 * io.optionsv4.marketdata.testdata.MarketDataContractTest} is the contract every {@code MarketData} adapter's test
 * extends.
 */
package io.optionsv4.marketdata.testdata;
