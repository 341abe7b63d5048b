/**
 * The Dhan broker: the {@code core.trade.Broker} port over Dhan API v2 orders, portfolio and funds.
 *
 * <p>{@link io.optionsv4.dhan.broker.DhanBroker} places, modifies and cancels orders over REST (each sent once,
 * within the client-side order rate limits of {@link io.optionsv4.dhan.broker.DhanBrokerSettings}), reads the
 * order book, trade book, positions, funds and basket margin, and reports order events merged monotonically from the
 * order-update WebSocket and REST reads. {@code DhanOrderMapper} owns the JSON of orders, trades, positions and
 * funds, {@code DhanBrokerErrors} the one table from Dhan's error codes to {@code BrokerException} kinds.
 */
package io.optionsv4.dhan.broker;
