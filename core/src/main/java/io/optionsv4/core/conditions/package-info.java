/**
 * Market conditions: the state of the whole market, once per run. {@link
 * io.optionsv4.core.conditions.MarketStateEvaluator} reads NIFTY's trend ({@code core.analysis.TrendAnalyzer}),
 * India VIX ({@link io.optionsv4.core.conditions.VixAssessment}, regimes by {@link
 * io.optionsv4.core.conditions.VixThresholds}) and NIFTY's put/call ratio into {@link
 * io.optionsv4.core.conditions.MarketConditions}: one of the nine {@link io.optionsv4.core.conditions.MarketState}s
 * (Direction × {@link io.optionsv4.core.conditions.VixRegime}) with a confidence. Pure functions of their inputs and
 * an explicit as-of day. The port {@link io.optionsv4.core.conditions.MarketConditionsStore} keeps one {@link
 * io.optionsv4.core.conditions.StoredMarketConditions} per trade date.
 */
package io.optionsv4.core.conditions;
