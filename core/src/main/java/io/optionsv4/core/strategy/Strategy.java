package io.optionsv4.core.strategy;

import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.PayoffAnalyzer;
import io.optionsv4.core.probability.PayoffProfile;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * A resolved strategy: a registered definition with concrete legs (strikes, premiums, quantities). Only resolved
 * strategies are priced, ranked, allocated or ordered.
 *
 * @param definition the strategy it is an instance of
 * @param legs the concrete legs, in the template's order
 */
public record Strategy(StrategyDefinition definition, List<Leg> legs) {

    /** Validates the components and copies the legs. */
    public Strategy {
        Checks.notNull(definition, "definition");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), "legs must not be empty");
    }

    /**
     * Returns the exact P&amp;L at expiry.
     *
     * @throws IllegalArgumentException for a strategy spanning two expiries
     */
    public PayoffProfile payoff() {
        return PayoffProfile.of(legs);
    }

    /**
     * Returns maximum profit and loss, breakevens, probability of profit and expected value at the (first) expiry under
     * {@code model}: exact for single-expiry strategies, numerical for calendars and diagonals (far legs valued at the
     * model's volatility). Rupees for the whole position.
     */
    public StrategyFigures figures(ProbabilityModel model) {
        return PayoffAnalyzer.figures(legs, model);
    }

    /** Returns the figures as {@link #figures(ProbabilityModel)} with far legs valued at {@code laterAnnualVol}. */
    public StrategyFigures figures(ProbabilityModel model, double laterAnnualVol) {
        return PayoffAnalyzer.figures(legs, model, laterAnnualVol);
    }
}
