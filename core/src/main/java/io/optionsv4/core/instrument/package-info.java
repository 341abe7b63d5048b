/**
 * What is traded: {@link io.optionsv4.core.instrument.Underlying} (a stock or index, of an
 * {@link io.optionsv4.core.instrument.UnderlyingKind}), its {@link io.optionsv4.core.instrument.LotSize} by contract
 * month, its listed {@link io.optionsv4.core.instrument.Expiry} dates ({@link io.optionsv4.core.instrument.ExpiryKind}
 * weekly or monthly), the {@link io.optionsv4.core.instrument.ExchangeSegment} (Dhan's names), and the
 * {@link io.optionsv4.core.instrument.Right} (call or put) and {@link io.optionsv4.core.instrument.Side} (buy or sell)
 * of a contract or trade. The values come from reference data ({@code marketdata.reference}); nothing here loads them.
 */
package io.optionsv4.core.instrument;
