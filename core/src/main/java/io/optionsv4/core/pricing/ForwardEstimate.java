package io.optionsv4.core.pricing;

import io.optionsv4.core.result.Checks;

/**
 * A forward price implied by put–call parity on an option chain, with how much evidence it rests on; see
 * {@link SyntheticForward}.
 *
 * @param forward the forward price of the underlying for the chain's expiry in rupees, finite and {@code > 0}
 * @param quotesUsed how many strikes the estimate is the median of, {@code > 0}
 * @param spread the range (maximum − minimum) in rupees of the per-strike forwards used, {@code >= 0}; 0 for a single
 *     strike, and a large value relative to the tick size flags stale or crossed quotes
 */
public record ForwardEstimate(double forward, int quotesUsed, double spread) {

    /**
     * Validates the estimate.
     *
     * @throws IllegalArgumentException naming the invalid component and its value
     */
    public ForwardEstimate {
        Checks.positive(forward, "forward");
        Checks.positive(quotesUsed, "quotesUsed");
        Checks.nonNegative(spread, "spread");
    }
}
