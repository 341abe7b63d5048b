package io.optionsv4.core.probability;

/**
 * The distribution of the underlying's price {@code S_T} at an expiry that the probabilities and expected values of a
 * payoff are computed under: the lognormal {@link ProbabilityModel} (one volatility for every strike) or the
 * {@link SmileDistribution} implied by the chain's smile (every strike at its own implied volatility). Prices in
 * rupees; figures undiscounted, at the expiry.
 */
public sealed interface TerminalDistribution permits ProbabilityModel, SmileDistribution {

    /** Returns the forward price: the mean of {@code S_T}. */
    double forward();

    /** Returns true when the outcome is certain: {@code S_T} equals the forward. */
    boolean isDeterministic();

    /**
     * Returns {@code P(lower < S_T < upper)}, in [0, 1]; {@code lower >= 0}, {@code upper} may be positive infinity.
     * When the outcome is deterministic, 1 when the forward lies strictly inside and 0 otherwise.
     */
    double probabilityBetween(double lower, double upper);

    /**
     * Returns the partial expectation {@code E[S_T 1{lower < S_T < upper}]}; {@code upper} may be positive infinity.
     */
    double expectedSpotBetween(double lower, double upper);

    /**
     * Returns the probability density of {@code S_T} at {@code price} (&gt; 0), per rupee; 0 when the outcome is
     * deterministic.
     */
    double density(double price);
}
