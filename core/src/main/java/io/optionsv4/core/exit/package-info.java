/**
 * Exit plans: how and when a recommended strategy is closed or adjusted. {@link io.optionsv4.core.exit.ExitSettings}
 * holds the rules per strategy category (profit target as a fraction of the maximum profit with scaling levels, stop
 * loss per risk tolerance, time exit, Greek bands) and per-strategy overrides. The
 * {@link io.optionsv4.core.exit.ExitPlanner} turns a {@link io.optionsv4.core.selection.Candidate} into an
 * {@link io.optionsv4.core.exit.ExitPlan} with rupee triggers for the whole position, Greek triggers checkable on live
 * marks and adjustment suggestions (defensive roll, offensive add, morph into another registered strategy). The plan
 * maps onto the stored {@link io.optionsv4.core.selection.RiskManagement} and
 * {@link io.optionsv4.core.selection.ExitLevel}s.
 *
 * <p>Following an open position: {@link io.optionsv4.core.exit.ExitEvaluator} runs one small
 * {@link io.optionsv4.core.exit.ExitCondition} per rule (expiry risk, stop loss, trailing stop, time exit, maximum
 * holding period, scaling profit targets, Greek bands, adjustments) over a
 * {@link io.optionsv4.core.exit.PositionState} and the position's {@link io.optionsv4.core.exit.ExitRules}, and returns
 * prioritised {@link io.optionsv4.core.exit.ExitAction}s (close now, close a share, adjust, keep watching) with their
 * urgency and reason. It decides nothing on stale quotes. Pure and thread-safe.
 */
package io.optionsv4.core.exit;
