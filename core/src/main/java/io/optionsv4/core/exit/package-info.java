/**
 * Exit plans: how and when a recommended strategy is closed or adjusted. {@link io.optionsv4.core.exit.ExitSettings}
 * holds the rules per strategy category (profit target as a fraction of the maximum profit with scaling levels, stop
 * loss per risk tolerance, time exit, Greek bands) and per-strategy overrides. The
 * {@link io.optionsv4.core.exit.ExitPlanner} turns a {@link io.optionsv4.core.selection.Candidate} into an
 * {@link io.optionsv4.core.exit.ExitPlan} with rupee triggers for the whole position, Greek triggers checkable on live
 * marks and adjustment suggestions (defensive roll, offensive add, morph into another registered strategy). The plan
 * maps onto the stored {@link io.optionsv4.core.selection.RiskManagement} and
 * {@link io.optionsv4.core.selection.ExitLevel}s. Pure and thread-safe.
 */
package io.optionsv4.core.exit;
