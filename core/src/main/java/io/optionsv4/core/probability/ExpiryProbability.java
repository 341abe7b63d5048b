package io.optionsv4.core.probability;

import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Exact probability of profit and expected value of an expiry payoff under a {@link TerminalDistribution}: the
 * lognormal {@link ProbabilityModel} or the {@link SmileDistribution} of the chain's smile.
 *
 * <p>Probability of profit is {@code P(P&L > 0)} summed over the payoff's profit intervals as differences of the normal
 * distribution function, so it is exact up to the accuracy of {@code NormalDistribution.cdf}. The expected value sums,
 * over each linear piece {@code a + b S} on {@code (lower, upper)}, {@code a P(lower < S_T < upper) + b E[S_T;
 * lower < S_T < upper]} with the distribution's closed-form partial expectation. Both are undiscounted figures at
 * expiry. When the outcome is deterministic (zero volatility or zero time) the underlying ends at the forward (the spot
 * when T = 0): the probability is 1 or 0 from the P&amp;L there, and the expected value is that P&amp;L.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExpiryProbability {

    private ExpiryProbability() {}

    /** Returns {@code P(P&L > 0)} at expiry, in [0, 1]. */
    public static double probabilityOfProfit(PayoffProfile payoff, TerminalDistribution model) {
        Checks.notNull(payoff, "payoff");
        Checks.notNull(model, "model");
        if (model.isDeterministic()) {
            return payoff.valueAt(model.forward()) > 0 ? 1.0 : 0.0;
        }
        double sum = 0;
        for (PriceInterval interval : payoff.profitIntervals()) {
            sum += model.probabilityBetween(interval.lower(), interval.upper());
        }
        return Math.min(Math.max(sum, 0.0), 1.0);
    }

    /** Returns {@code E[P&L]} at expiry in rupees (undiscounted). */
    public static double expectedValue(PayoffProfile payoff, TerminalDistribution model) {
        Checks.notNull(payoff, "payoff");
        Checks.notNull(model, "model");
        if (model.isDeterministic()) {
            return payoff.valueAt(model.forward());
        }
        double sum = 0;
        for (PayoffProfile.Segment s : payoff.segments()) {
            double intercept = s.valueAtLower() - s.slope() * s.lower();
            sum += intercept * model.probabilityBetween(s.lower(), s.upper());
            if (s.slope() != 0) {
                sum += s.slope() * model.expectedSpotBetween(s.lower(), s.upper());
            }
        }
        return sum;
    }

    /**
     * Returns every figure of legs that expire together: exact maximum profit and loss, breakevens, probability of
     * profit and expected value. Under a {@link SmileDistribution} the expected value is {@link
     * SmileDistribution#expectedPnl the sum over the legs} (each option at its own strike's volatility), which the
     * piecewise sum equals wherever the smile's density is non-negative.
     *
     * @throws IllegalArgumentException when there are no legs or a leg expires after the first expiry
     */
    public static StrategyFigures figures(List<? extends Leg> legs, TerminalDistribution model) {
        PayoffProfile payoff = PayoffProfile.of(legs);
        double expectedValue = switch (model) {
            case SmileDistribution smile -> smile.expectedPnl(legs);
            case ProbabilityModel lognormal -> expectedValue(payoff, lognormal);
        };
        return figures(payoff, model, expectedValue);
    }

    /**
     * Returns the figures of legs that expire together under the smile's {@code distribution}, with the expected value
     * of every option leg at its own volatility {@code legVol.applyAsDouble(leg)} ({@link
     * SmileDistribution#expectedPnl(List, ToDoubleFunction)}).
     *
     * @throws IllegalArgumentException when there are no legs or a leg expires after the first expiry
     */
    public static StrategyFigures figures(
            List<? extends Leg> legs, SmileDistribution distribution, ToDoubleFunction<OptionLeg> legVol) {
        PayoffProfile payoff = PayoffProfile.of(legs);
        return figures(payoff, distribution, distribution.expectedPnl(legs, legVol));
    }

    private static StrategyFigures figures(PayoffProfile payoff, TerminalDistribution model, double expectedValue) {
        return new StrategyFigures(
                payoff.maxProfit(),
                payoff.maxLoss(),
                payoff.breakevens(),
                probabilityOfProfit(payoff, model),
                expectedValue);
    }
}
