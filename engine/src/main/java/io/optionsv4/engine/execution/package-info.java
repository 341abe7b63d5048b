/**
 * Trade execution: {@link io.optionsv4.engine.execution.ExecutionService} previews marked strategies with their
 * pre-trade checks ({@code PreTradeChecks}: market hours, lots, quotes, quote age, open strategies, max loss, funds and
 * basket margin) and executes them through the {@link io.optionsv4.core.trade.Broker} port with a persistent
 * per-strategy state machine ({@code StrategyRun}: ENTERING, ENTERED, UNWINDING, FAILED): buys first, marketable
 * limit orders with a bounded {@link io.optionsv4.engine.execution.PriceChase}, the filled legs unwound when a leg is
 * rejected or does not fill in time. {@code OrderDesk} persists every order change before the next broker call and
 * reconciles unconfirmed orders by correlation id, so a re-run never places twice. Fills are booked with their
 * contract-note charges; every order, broker event and decision goes to the audit log and
 * {@link io.optionsv4.engine.execution.ExecutionLog}. {@code docs/execution.md} describes it in full.
 */
package io.optionsv4.engine.execution;
