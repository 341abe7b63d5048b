package io.optionsv4.core.allocation;

import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyId;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one allocation run needs.
 *
 * @param candidates the strategies to choose from, distinct ids
 * @param industries the industry allocations (weight and LONG/SHORT), distinct industries, weights summing to at most
 *     100; empty means no industry steering (only the hard industry limit applies)
 * @param marketState the market state, which orders the strategy families
 * @param capital the total trading capital, rupees, {@code > 0}
 * @param profile the risk profile, which sets the options budget
 * @param openPositions positions already held: they count against every limit and the budget
 * @param settings how the allocator works
 */
public record AllocationRequest(
        List<AllocationCandidate> candidates,
        List<IndustryAllocation> industries,
        MarketState marketState,
        double capital,
        RiskTolerance profile,
        List<Holding> openPositions,
        AllocationSettings settings) {

    /** Validates the request and copies the lists. */
    public AllocationRequest {
        candidates = List.copyOf(Checks.notNull(candidates, "candidates"));
        Set<StrategyId> ids = new HashSet<>();
        candidates.forEach(c -> Checks.argument(ids.add(c.id()), "candidate id " + c.id() + " appears twice"));
        industries = List.copyOf(Checks.notNull(industries, "industries"));
        Set<String> names = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (IndustryAllocation a : industries) {
            Checks.argument(names.add(a.industry()), () -> "industry " + a.industry() + " appears twice");
            total = total.add(a.weightPercent());
        }
        // Weights are stored rounded to 4 decimals, so weights derived to sum to 100 % may read back up to half a unit
        // of
        // the last place per row above it (AllocationService applies the same tolerance): rounding, not an over-weight.
        BigDecimal rounding = new BigDecimal("0.00005").multiply(BigDecimal.valueOf(industries.size()));
        Checks.argument(
                total.compareTo(BigDecimal.valueOf(100).add(rounding)) <= 0,
                "industry weights sum to " + total + " > 100");
        Checks.notNull(marketState, "marketState");
        Checks.positive(capital, "capital");
        Checks.notNull(profile, "profile");
        openPositions = List.copyOf(Checks.notNull(openPositions, "openPositions"));
        Checks.notNull(settings, "settings");
    }

    /** Returns the options budget: capital × the profile's options share, rupees. */
    public double optionsBudget() {
        return settings.limits().optionsBudget(capital, profile);
    }

    /** Returns a copy with another capital. */
    public AllocationRequest withCapital(double newCapital) {
        return new AllocationRequest(candidates, industries, marketState, newCapital, profile, openPositions, settings);
    }
}
