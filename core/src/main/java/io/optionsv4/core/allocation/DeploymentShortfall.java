package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why an allocation deployed less than the floor of the options budget, in words from its exclusion counts: first the
 * screens that took candidates out ("469 of 556 candidates have zero or negative expected P&L under the plan"), then
 * the limits that bound the rest ("the vega limit bound 12"), each largest count first.
 */
public final class DeploymentShortfall {

    private DeploymentShortfall() {}

    /** Returns the reason when {@code allocation}'s deployment is below {@code floor}, else empty. */
    public static Optional<String> below(Allocation allocation, double floor) {
        Checks.notNull(allocation, "allocation");
        if (allocation.deployment() >= floor) {
            return Optional.empty();
        }
        return Optional.of(reason(allocation));
    }

    /** Returns the exclusion counts of {@code allocation} in words ("no candidate was excluded" when none was). */
    public static String reason(Allocation allocation) {
        Map<ExclusionReason, Integer> counts = new EnumMap<>(ExclusionReason.class);
        allocation.exclusions().forEach(e -> counts.merge(e.reason(), 1, Integer::sum));
        int total = allocation.positions().size() + allocation.exclusions().size();
        List<Map.Entry<ExclusionReason, Integer>> screens = new ArrayList<>();
        List<Map.Entry<ExclusionReason, Integer>> limits = new ArrayList<>();
        for (Map.Entry<ExclusionReason, Integer> e : counts.entrySet()) {
            (screen(e.getKey()) ? screens : limits).add(e);
        }
        screens.sort(Map.Entry.<ExclusionReason, Integer>comparingByValue().reversed());
        limits.sort(Map.Entry.<ExclusionReason, Integer>comparingByValue().reversed());
        List<String> parts = new ArrayList<>();
        for (Map.Entry<ExclusionReason, Integer> e : screens) {
            parts.add(String.format(
                    Locale.ROOT,
                    "%d of %d candidates %s",
                    e.getValue(),
                    total,
                    screenPhrase(e.getKey(), e.getValue() == 1)));
        }
        for (Map.Entry<ExclusionReason, Integer> e : limits) {
            parts.add(limitPhrase(e.getKey()) + " bound " + e.getValue());
        }
        if (parts.isEmpty()) {
            return String.format(
                    Locale.ROOT, "all %d candidates were taken in full; there are too few to fill the budget", total);
        }
        return String.join("; ", parts);
    }

    private static boolean screen(ExclusionReason reason) {
        return switch (reason) {
            case INDUSTRY_NOT_ALLOCATED,
                    WRONG_DIRECTION_FOR_INDUSTRY,
                    NON_POSITIVE_EV,
                    KELLY_BELOW_ONE_LOT,
                    NOT_BEST_FOR_SYMBOL -> true;
            default -> false;
        };
    }

    private static String screenPhrase(ExclusionReason reason, boolean one) {
        return switch (reason) {
            case INDUSTRY_NOT_ALLOCATED -> (one ? "is" : "are") + " in an industry with no weight";
            case WRONG_DIRECTION_FOR_INDUSTRY -> (one ? "goes" : "go") + " against its industry's direction";
            case NON_POSITIVE_EV -> (one ? "has" : "have") + " zero or negative expected P&L under the plan";
            case KELLY_BELOW_ONE_LOT -> (one ? "is" : "are") + " sized below one lot by fractional Kelly";
            case NOT_BEST_FOR_SYMBOL -> (one ? "is" : "are") + " not the best strategy on its symbol";
            default -> throw new IllegalArgumentException("not a screen: " + reason);
        };
    }

    private static String limitPhrase(ExclusionReason reason) {
        return switch (reason) {
            case POSITION_COUNT_LIMIT -> "the position-count limit";
            case LOT_LIMIT -> "the lots-per-order limit";
            case LIQUIDITY_LIMIT -> "the books' liquidity";
            case STRATEGY_LIMIT -> "the per-strategy limit";
            case SYMBOL_LIMIT -> "the per-symbol limit";
            case INDUSTRY_LIMIT -> "the per-industry limit";
            case OPTIONS_BUDGET_LIMIT -> "the deployment ceiling";
            case DELTA_LIMIT -> "the delta limit";
            case VEGA_LIMIT -> "the vega limit";
            case INDUSTRY_BUDGET_SPENT -> "spent industry budgets";
            case TIER_BUDGET_SPENT -> "spent tier budgets";
            default -> throw new IllegalArgumentException("not a limit: " + reason);
        };
    }
}
