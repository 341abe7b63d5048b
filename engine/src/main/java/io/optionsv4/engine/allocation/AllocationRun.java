package io.optionsv4.engine.allocation;

import io.optionsv4.core.allocation.Allocation;
import io.optionsv4.core.allocation.AllocationRequest;
import io.optionsv4.core.allocation.BetaEstimator;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One allocation with everything it was made from.
 *
 * @param analysisDate the trade date of the stored analysis allocated from
 * @param request the allocator's request (candidates, industries, market state, capital, profile)
 * @param allocation the allocator's result
 * @param strategies the stored strategies by id (names, legs, plan outcomes)
 * @param betas the beta estimate of each candidate's underlying, by symbol
 * @param warnings what the user should know (short price history, no stored market state, ...)
 */
public record AllocationRun(
        LocalDate analysisDate,
        AllocationRequest request,
        Allocation allocation,
        Map<StrategyId, StoredStrategy> strategies,
        Map<String, BetaEstimator.Beta> betas,
        List<String> warnings) {

    /** Validates the components and copies the collections. */
    public AllocationRun {
        Checks.notNull(analysisDate, "analysisDate");
        Checks.notNull(request, "request");
        Checks.notNull(allocation, "allocation");
        strategies = Map.copyOf(Checks.notNull(strategies, "strategies"));
        betas = Map.copyOf(Checks.notNull(betas, "betas"));
        warnings = List.copyOf(Checks.notNull(warnings, "warnings"));
    }

    /** Returns the smallest capital per lot among the candidates, rupees. */
    public double smallestLot() {
        return request.candidates().stream()
                .mapToDouble(c -> c.capitalPerLot())
                .min()
                .orElse(Double.POSITIVE_INFINITY);
    }
}
