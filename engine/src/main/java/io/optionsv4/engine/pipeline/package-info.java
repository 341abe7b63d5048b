/**
 * Strategy creation ({@code options-v4 analyze}): for each underlying of the universe, load its candles and option
 * chains through the {@code MarketData} port, analyse it, build the registry's strategies that fit it on the real
 * chain, filter them by the trader's risk tolerance, rank them, attach exit plans and store the top ones through the
 * {@code AnalysisStore} port. Symbols run in parallel; one bad symbol never stops the run.
 */
package io.optionsv4.engine.pipeline;
