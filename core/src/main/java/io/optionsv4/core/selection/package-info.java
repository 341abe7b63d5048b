/**
 * Strategy selection: which registered strategies fit a symbol ({@link io.optionsv4.core.selection.StrategyFit} with
 * the configured {@link io.optionsv4.core.selection.StrategyPreferences}), the {@link
 * io.optionsv4.core.selection.StrategyConstructor} that builds one on the real chains into a {@link
 * io.optionsv4.core.selection.Candidate} or a {@link io.optionsv4.core.selection.Rejection}, the {@link
 * io.optionsv4.core.selection.ProbabilityFilter} by risk tolerance ({@link
 * io.optionsv4.core.selection.CapitalSettings}), the composite score of the {@link
 * io.optionsv4.core.selection.StrategyRanker} and the {@link
 * io.optionsv4.core.selection.StrategySelector} that keeps the best of a symbol; and the stored results: {@link
 * io.optionsv4.core.selection.SymbolAnalysis} (one stock's market figures and its {@link
 * io.optionsv4.core.selection.StrategyRecommendation}s with legs, probability figures, Greeks, risk rules, exit levels
 * and score breakdown) and the {@link io.optionsv4.core.selection.AnalysisStore} port that keeps them.
 */
package io.optionsv4.core.selection;
