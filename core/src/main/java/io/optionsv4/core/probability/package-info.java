/**
 * Profit and loss of option positions at expiry and its probabilities under the lognormal model.
 *
 * <p>{@link io.optionsv4.core.probability.Leg}s ({@link io.optionsv4.core.probability.OptionLeg},
 * {@link io.optionsv4.core.probability.UnderlyingLeg}) expiring together have an exact piecewise-linear
 * {@link io.optionsv4.core.probability.PayoffProfile}: maximum profit and loss
 * ({@link io.optionsv4.core.probability.Amount}, possibly unlimited), breakevens and profit intervals.
 * {@link io.optionsv4.core.probability.ExpiryProbability} adds the exact probability of profit and expected value under
 * a {@link io.optionsv4.core.probability.ProbabilityModel}; {@link io.optionsv4.core.probability.TwoExpiryAnalyzer}
 * computes the same figures numerically at the first expiry of calendars and diagonals;
 * {@link io.optionsv4.core.probability.PayoffAnalyzer} picks between them and returns
 * {@link io.optionsv4.core.probability.StrategyFigures}. The {@link io.optionsv4.core.probability.TerminalDistribution}
 * of the underlying is the lognormal {@code ProbabilityModel} or the
 * {@link io.optionsv4.core.probability.SmileDistribution} implied by an expiry's
 * {@link io.optionsv4.core.probability.VolatilitySmile} ({@link io.optionsv4.core.probability.SmileFit} fits it to a
 * chain), under which every leg is valued at its own implied volatility.
 * {@link io.optionsv4.core.probability.ExpectedMove} gives the expected move from a volatility or a straddle price.
 *
 * <p>{@code Leg} lives here rather than in {@code strategy} because {@code probability} sits below {@code strategy} in
 * the package order of STYLE.md; strategies resolve their templates into these legs. Figures are {@code double} rupees
 * for the whole position (analytics, not booking); decisions are recorded in
 * {@code docs/probability-and-strategies.md}.
 */
package io.optionsv4.core.probability;
