/**
 * Test fixtures of the core module: independent numerical references for closed-form analytics, generated daily
 * candle series ({@link io.optionsv4.core.testdata.Candles}) and hand-made option chains ({@link
 * io.optionsv4.core.testdata.Chains}).
 */
package io.optionsv4.core.testdata;
