/**
 * Test fixtures of the marketdata module: {@link io.optionsv4.marketdata.testdata.SharedData} locates the real NSE
 * files of {@code shared/data} (read in place, never copied) and {@link io.optionsv4.marketdata.testdata.NseFiles}
 * reads the few columns the reference-data tests compare with.
 */
package io.optionsv4.marketdata.testdata;
