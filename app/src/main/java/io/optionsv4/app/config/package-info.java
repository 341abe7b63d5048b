/**
 * Configuration and the choice of adapters: {@link io.optionsv4.app.config.MarketDataFactory} opens the market data
 * the global options name ({@code --data sim|replay|dhan}, {@code --data-dir}, {@code --as-of}, {@code --seed}).
 */
package io.optionsv4.app.config;
