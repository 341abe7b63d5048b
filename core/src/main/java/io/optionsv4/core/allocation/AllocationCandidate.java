package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyCategory;

/**
 * One stored strategy as the allocator sees it: identity, where it sits in the book, how good it is, what one lot
 * costs and earns, and what one lot is exposed to. The engine fills it from the stored strategy, its trade economics
 * (capital, net EV) and its exit plan's outcome distribution.
 *
 * @param id the stored strategy's id
 * @param symbol the underlying's symbol
 * @param industry the underlying's industry as in the reference data (the key of the industry allocations)
 * @param bias the direction the strategy profits from
 * @param category the strategy's family, matched against the market state's preferred families
 * @param conviction the ranking's conviction, which sets the {@link Tier}
 * @param marketFit how well the strategy fits the market state, in [0, 1] (a tie-break after expected return)
 * @param capitalPerLot capital one lot blocks, rupees, {@code > 0}: margin, or the cash of a covered call or
 *     cash-secured put
 * @param outcomes the exit plan's outcome distribution per lot, for Kelly sizing and the Sharpe ratio
 * @param netEvPerLot the net expected value of one lot after costs, rupees (what is ranked and reported)
 * @param exposure the legs and Greeks of one lot
 * @param legLotsPerLot the lots of the strategy's largest leg in one strategy lot (2 for a 1x2 ratio spread), {@code
 *     > 0}
 * @param liquidityLots the most strategy lots its legs' books offer in one snapshot (the thinnest leg's offered lots
 *     over its lots per strategy lot), {@code >= 0}; {@link Integer#MAX_VALUE} when the books are not known
 */
public record AllocationCandidate(
        StrategyId id,
        String symbol,
        String industry,
        DirectionalBias bias,
        StrategyCategory category,
        Conviction conviction,
        double marketFit,
        double capitalPerLot,
        OutcomeDistribution outcomes,
        double netEvPerLot,
        ExposureProfile exposure,
        int legLotsPerLot,
        int liquidityLots) {

    /** Validates the candidate. */
    public AllocationCandidate {
        Checks.notNull(id, "id");
        Checks.notBlank(symbol, "symbol");
        Checks.notBlank(industry, "industry");
        Checks.notNull(bias, "bias");
        Checks.notNull(category, "category");
        Checks.notNull(conviction, "conviction");
        Checks.argument(marketFit >= 0 && marketFit <= 1, () -> "marketFit must be in [0, 1] but was " + marketFit);
        Checks.positive(capitalPerLot, "capitalPerLot");
        Checks.notNull(outcomes, "outcomes");
        Checks.finite(netEvPerLot, "netEvPerLot");
        Checks.notNull(exposure, "exposure");
        Checks.positive(legLotsPerLot, "legLotsPerLot");
        Checks.argument(liquidityLots >= 0, () -> "liquidityLots must be >= 0 but was " + liquidityLots);
    }

    /** Returns the conviction tier. */
    public Tier tier() {
        return Tier.of(conviction);
    }

    /** Returns the net expected return on the capital one lot blocks: {@code netEvPerLot / capitalPerLot}. */
    public double returnOnCapital() {
        return netEvPerLot / capitalPerLot;
    }
}
