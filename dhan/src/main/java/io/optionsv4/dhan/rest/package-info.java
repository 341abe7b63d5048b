/**
 * Dhan API v2 over REST: {@link io.optionsv4.dhan.rest.DhanMarketData}, the {@link
 * io.optionsv4.core.market.MarketData} adapter (option chain, expiry list, market quotes, daily and intraday candles),
 * and {@link io.optionsv4.dhan.rest.DhanMarginCalculator}, the basket margin; configured by {@link
 * io.optionsv4.dhan.rest.DhanConfig}, {@link io.optionsv4.dhan.rest.RetryPolicy} and {@link
 * io.optionsv4.dhan.rest.RateBudget} (per process or shared by the processes of an account), waiting through an
 * injected {@link io.optionsv4.dhan.rest.Sleeper}. Client-side rate limits, whole-response timeouts, retries with
 * back-off and the mapping of Dhan's error codes ({@link io.optionsv4.dhan.rest.DhanErrorCode}, {@link
 * io.optionsv4.dhan.rest.DhanApiException}, access denied stopping callers) live here; the wire DTOs in {@code
 * dhan.wire}, security ids in {@code dhan.scrip}.
 */
package io.optionsv4.dhan.rest;
