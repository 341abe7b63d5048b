/**
 * Market values and the {@link io.optionsv4.core.market.MarketData} port: an underlying's {@link
 * io.optionsv4.core.market.Quote} and daily {@link io.optionsv4.core.market.Candle}s, and the {@link
 * io.optionsv4.core.market.OptionChain} of one expiry with its {@link io.optionsv4.core.market.ChainRow}s of call and
 * put {@link io.optionsv4.core.market.OptionQuote}s, each carrying a {@link io.optionsv4.core.market.Valuation} (IV and
 * {@link io.optionsv4.core.market.OptionGreeks}, or the {@link io.optionsv4.core.market.QuoteQuality} saying why
 * there are none). Adapters (replayed NSE files, the simulated market, Dhan) implement the port and report I/O failure
 * as {@link io.optionsv4.core.market.MarketDataException}. The streaming port {@code MarketFeed} pushes immutable
 * {@code Tick}s of {@code FeedInstrument}s to a {@code TickListener}. Units: prices in rupees (index points for
 * indices), volumes in contracts, open interest in units of the underlying, vols and rates as annualised decimals. This
 * package uses only {@code result} and {@code instrument}; the values are immutable and safe to share.
 */
package io.optionsv4.core.market;
