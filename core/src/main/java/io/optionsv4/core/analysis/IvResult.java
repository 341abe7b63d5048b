package io.optionsv4.core.analysis;

/**
 * The outcome of an IV assessment: an {@link IvAssessment}, or {@link InsufficientHistory} when there are too few
 * candles even for the realised-volatility fallback.
 */
public sealed interface IvResult permits IvAssessment, InsufficientHistory {}
