package io.optionsv4.core.strategy;

import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.PayoffProfile;
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
}
