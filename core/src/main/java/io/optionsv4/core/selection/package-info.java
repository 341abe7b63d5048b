/**
 * Strategy selection: which registered strategies fit a symbol ({@code StrategyFit} with the configured {@code
 * StrategyPreferences}), the {@code StrategyConstructor} that builds one on the real chains into a {@code Candidate} or
 * a {@code Rejection}, the {@code ProbabilityFilter} by risk tolerance ({@code CapitalSettings}), the composite score
 * of the {@code StrategyRanker} and the {@code StrategySelector} that keeps the best of a symbol; and the stored
 * results: {@code SymbolAnalysis} (one stock's market figures and its {@code StrategyRecommendation}s with legs,
 * probability figures, Greeks, risk rules, exit levels and score breakdown) and the {@code AnalysisStore} port that
 * keeps them.
 */
package io.optionsv4.core.selection;
