/**
 * Dhan API v2's wire format, kept inside the {@code dhan} module: request and response DTOs ({@link
 * io.optionsv4.dhan.wire.OptionChainRequest}, {@link io.optionsv4.dhan.wire.OptionChainData}, {@link
 * io.optionsv4.dhan.wire.MarketQuoteItem}, {@link io.optionsv4.dhan.wire.CandleArrays}, ...), the two error shapes
 * ({@link io.optionsv4.dhan.wire.DhanErrorBody}), the JSON settings ({@link io.optionsv4.dhan.wire.DhanJson}) and
 * the mappers to core types ({@link io.optionsv4.dhan.wire.DhanWireMapper}, {@link
 * io.optionsv4.dhan.wire.OptionChainMapper}). Every response field is optional and null when absent; the mappers
 * decide what absence means. Nothing of this package appears in a public signature outside {@code dhan}.
 */
package io.optionsv4.dhan.wire;
