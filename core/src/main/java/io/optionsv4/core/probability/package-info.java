/**
 * Profit and loss of option positions at expiry and its probabilities under the lognormal model: the exact
 * piecewise-linear {@link io.optionsv4.core.probability.PayoffProfile} of {@link io.optionsv4.core.probability.Leg}s
 * (options and the underlying) expiring together, with maximum profit and loss
 * ({@link io.optionsv4.core.probability.Amount}, possibly unlimited), breakevens, probability of profit and expected
 * value under a {@link io.optionsv4.core.probability.ProbabilityModel}, collected in
 * {@link io.optionsv4.core.probability.StrategyFigures}; the numerical analysis of two-expiry positions (calendars,
 * diagonals) and the expected move.
 *
 * <p>{@code Leg} lives here rather than in {@code strategy} because {@code probability} sits below {@code strategy} in
 * the package order of STYLE.md; strategies resolve their templates into these legs. Figures are {@code double}
 * rupees (analytics, not booking).
 */
package io.optionsv4.core.probability;
