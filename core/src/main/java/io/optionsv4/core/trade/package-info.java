/**
 * Orders, fills, positions and funds, and the {@link io.optionsv4.core.trade.Broker} port that places and follows them.
 *
 * <p>Every booked amount is exact {@link io.optionsv4.core.money.Money}: limit prices, fill prices and fill values in
 * paise. An {@link io.optionsv4.core.trade.OrderRequest} carries a {@link io.optionsv4.core.trade.CorrelationId}
 * derived from (strategy, leg, purpose, attempt), so a re-run of the same step asks the broker for the order it already
 * placed instead of placing it again. Order life cycles are reported as the sealed
 * {@link io.optionsv4.core.trade.OrderEvent} family. The paper broker (engine) and the Dhan broker (dhan) implement the
 * port; the execution service in the engine codes against the port only. Pure values, no I/O.
 */
package io.optionsv4.core.trade;
