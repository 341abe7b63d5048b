/**
 * The book's operations over its ports: {@link io.optionsv4.engine.portfolio.MarkService} ({@code mark}: list, mark
 * the top N or a symbol's best, mark picks, unmark), {@link io.optionsv4.engine.portfolio.StatusService} ({@code
 * status}: the tracked strategies, the open positions at the market data's closing prices, the performance) and
 * {@link io.optionsv4.engine.portfolio.FillReconciliationService} ({@code data update-trade-prices}: the stored fills
 * against the broker's trade book, and the broker's prices applied on request).
 */
package io.optionsv4.engine.portfolio;
