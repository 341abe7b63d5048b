/**
 * Test fixtures of the dhan module: the strict fake Dhan server ({@link io.optionsv4.dhan.testdata.FakeDhanServer})
 * with its market ({@link io.optionsv4.dhan.testdata.FakeMarket}), account and order book ({@link
 * io.optionsv4.dhan.testdata.FakeAccount}, {@link io.optionsv4.dhan.testdata.FillPlan}) and order-update WebSocket
 * ({@link io.optionsv4.dhan.testdata.FakeOrderUpdateServer}); the scenario of the shared fixtures ({@link
 * io.optionsv4.dhan.testdata.DhanScenario}), a manual clock that sleeps by advancing itself, raw HTTP and WebSocket
 * clients for the fake's own tests, and small scrip-master samples. See {@code docs/dhan-fake-server.md}.
 */
package io.optionsv4.dhan.testdata;
