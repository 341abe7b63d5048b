/**
 * Test fixtures of the dhan module: the fake Dhan server ({@link io.optionsv4.dhan.testdata.FakeDhanServer}) serving
 * the shared protocol fixtures, a manual clock that sleeps by advancing itself, and small scrip-master samples.
 */
package io.optionsv4.dhan.testdata;
