/**
 * The book: which stored strategies are marked for trading, what was traded for them, how the open positions stand at
 * the current market, how the closed ones performed, and whether the stored fills agree with the broker's trade book.
 *
 * <p>Key types: {@link io.optionsv4.core.portfolio.StrategyStatus} (the life of a strategy from marked to closed),
 * {@link io.optionsv4.core.portfolio.MarkPlan} (which strategies {@code mark --mark-top N} or {@code --mark-best S}
 * picks) with the {@link io.optionsv4.core.portfolio.MarkStore} port; {@link io.optionsv4.core.portfolio.TradeLeg}
 * (one filled leg), {@link io.optionsv4.core.portfolio.ClosingPrice} (what closing a leg would get) and
 * {@link io.optionsv4.core.portfolio.PositionValuer} (a strategy's legs at the current executable prices and mid,
 * gross and net of the entry charges booked and the estimated exit costs);
 * {@link io.optionsv4.core.portfolio.Performance} (win rate, realised and unrealised P&amp;L, holding days, grouped)
 * with the {@link io.optionsv4.core.portfolio.PortfolioStore} port;
 * {@link io.optionsv4.core.portfolio.FillReconciler} (the stored fills against the broker's trades, every difference
 * named) with the {@link io.optionsv4.core.portfolio.FillStore} port.
 *
 * <p>Money that was booked (entry and exit prices, charges, P&amp;L) is exact {@link io.optionsv4.core.money.Money};
 * a current price is rounded half up to the paisa once, where a P&amp;L is computed from it. Pure: no I/O, no clock.
 */
package io.optionsv4.core.portfolio;
