package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.selection.StrategyId;
import java.util.List;
import java.util.Optional;

/**
 * One stored strategy of an analysis as the allocator's inputs are built from it: what the analysis stored plus the
 * plan outcome distribution the pipeline stored beside it ({@link AllocationStore}).
 *
 * <p>"Per lot" means per one strategy as constructed (each leg with its own lot count), the unit the allocator sizes.
 *
 * @param id the stored id
 * @param symbol the underlying
 * @param industry the underlying's industry from the stored reference data, {@code "Unclassified"} when not known
 * @param strategyName the registry name
 * @param spot the underlying's price at analysis, rupees
 * @param conviction the ranking's conviction
 * @param totalScore the ranking score (0–100)
 * @param lotSize the exchange lot size the legs were constructed with, empty for strategies stored before V6
 * @param outcomes the plan outcome distribution per lot, empty for strategies stored before V6
 * @param legs the legs in leg order
 */
public record StoredStrategy(
        StrategyId id,
        String symbol,
        String industry,
        String strategyName,
        double spot,
        Conviction conviction,
        double totalScore,
        Optional<Integer> lotSize,
        Optional<OutcomeDistribution> outcomes,
        List<RecommendedLeg> legs) {

    /** Validates the components and copies the legs. */
    public StoredStrategy {
        Checks.notNull(id, "id");
        Checks.notBlank(symbol, "symbol");
        Checks.notBlank(industry, "industry");
        Checks.notBlank(strategyName, "strategyName");
        Checks.positive(spot, "spot");
        Checks.notNull(conviction, "conviction");
        Checks.finite(totalScore, "totalScore");
        Checks.notNull(lotSize, "lotSize");
        lotSize.ifPresent(n -> Checks.positive(n, "lotSize"));
        Checks.notNull(outcomes, "outcomes");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), () -> "a stored strategy needs at least one leg: " + id);
    }
}
