package io.optionsv4.core.probability;

import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The one entry point for a position's figures: exact ({@link ExpiryProbability}) when every option leg expires at the
 * first expiry, numerical ({@link TwoExpiryAnalyzer}) otherwise; under the lognormal {@link ProbabilityModel} (one
 * volatility) or under the {@link SmileDistribution} of the chain's smile. Stateless and thread-safe.
 */
public final class PayoffAnalyzer {

    private PayoffAnalyzer() {}

    /**
     * Returns maximum profit and loss, breakevens, probability of profit and expected value of {@code legs} at the
     * first expiry under {@code model}; later legs, if any, are valued at the model's volatility.
     *
     * @throws IllegalArgumentException when there are no legs
     */
    public static StrategyFigures figures(List<? extends Leg> legs, ProbabilityModel model) {
        return figures(legs, model, model.annualVol());
    }

    /**
     * Returns the figures as {@link #figures(List, ProbabilityModel)} with the later legs valued at
     * {@code laterAnnualVol}; for single-expiry legs the extra volatility is not used.
     */
    public static StrategyFigures figures(List<? extends Leg> legs, ProbabilityModel model, double laterAnnualVol) {
        Checks.notNull(legs, "legs");
        Checks.notNull(model, "model");
        return !spansTwoExpiries(legs)
                ? ExpiryProbability.figures(legs, model)
                : TwoExpiryAnalyzer.figures(legs, model, laterAnnualVol);
    }

    /**
     * Returns the figures of {@code legs} at the first expiry with the underlying distributed as the chain's smile
     * implies ({@link SmileDistribution}) and every option leg valued at its own volatility {@code
     * legVol.applyAsDouble(leg)} (its contract's implied volatility): PoP and breakevens from the smile's distribution,
     * the expected value from the legs' own prices.
     *
     * @throws IllegalArgumentException when there are no legs
     */
    public static StrategyFigures figures(
            List<? extends Leg> legs, SmileDistribution distribution, ToDoubleFunction<OptionLeg> legVol) {
        Checks.notNull(legs, "legs");
        Checks.notNull(distribution, "distribution");
        Checks.notNull(legVol, "legVol");
        return !spansTwoExpiries(legs)
                ? ExpiryProbability.figures(legs, distribution, legVol)
                : TwoExpiryAnalyzer.figures(legs, distribution, legVol);
    }

    /** Returns true when an option leg of {@code legs} expires after the first expiry (a calendar or diagonal). */
    public static boolean spansTwoExpiries(List<? extends Leg> legs) {
        for (Leg leg : Checks.notNull(legs, "legs")) {
            if (leg instanceof OptionLeg o && !o.expiresFirst()) {
                return true;
            }
        }
        return false;
    }
}
