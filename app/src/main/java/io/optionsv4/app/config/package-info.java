/**
 * Configuration and the choice of adapters: {@link io.optionsv4.app.config.MarketDataFactory} opens the market data
 * the global options name ({@code --data sim|replay|dhan}, {@code --data-dir}, {@code --as-of}, {@code --seed});
 * {@link io.optionsv4.app.config.StoreFactory} opens the database ({@code OPTIONS_V4_HOME}, {@code OPTIONS_V4_DB_URL}).
 */
package io.optionsv4.app.config;
