package io.optionsv4.core.analysis;

/**
 * The outcome of a trend analysis: a {@link TrendAnalysis}, or {@link InsufficientHistory} when there are too few
 * candles for the indicators every analysis needs.
 */
public sealed interface TrendResult permits TrendAnalysis, InsufficientHistory {}
