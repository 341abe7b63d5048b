package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;

/**
 * A number of whole lots of one strategy: an open position already held, or a position in a basket being margined.
 *
 * @param candidate the strategy
 * @param lots whole lots, {@code > 0}
 */
public record Holding(AllocationCandidate candidate, int lots) {

    /** Validates the holding. */
    public Holding {
        Checks.notNull(candidate, "candidate");
        Checks.positive(lots, "lots");
    }

    /** Returns the capital the holding blocks on its own: capital per lot × lots, rupees. */
    public double capital() {
        return candidate.capitalPerLot() * lots;
    }
}
