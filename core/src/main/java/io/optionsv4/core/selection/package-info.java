/**
 * Strategy selection's results: {@link io.optionsv4.core.selection.SymbolAnalysis} (one stock's market figures and its
 * {@link io.optionsv4.core.selection.StrategyRecommendation}s with legs, probability figures, Greeks, risk rules, exit
 * levels and score breakdown) and the {@link io.optionsv4.core.selection.AnalysisStore} port that keeps them. {@link
 * io.optionsv4.core.selection.StrategyConstructor} builds a registered strategy on real chains into a {@link
 * io.optionsv4.core.selection.Candidate} or a {@link io.optionsv4.core.selection.Rejection}; filtering and ranking
 * follow with the analysis pipeline.
 */
package io.optionsv4.core.selection;
