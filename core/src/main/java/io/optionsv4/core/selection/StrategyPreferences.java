package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.strategy.StrategyCategory;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which strategies suit which market, as configured ({@code preferences} in {@code selection.yaml}): the preferred
 * strategies of each of the nine market states, best first, and the rules {@link StrategyFit} applies to a symbol.
 *
 * <p>Strategy names are resolved through the {@link StrategyRegistry} (any spelling or alias it accepts) and stored
 * under their registry names.
 *
 * @param preferred for every {@link MarketState}, the registry names of its preferred strategies, best first, no
 *     duplicates (a list may be empty)
 * @param minDirectionConfidence a symbol's bullish or bearish trend counts as its outlook only with at least this
 *     confidence, in [0, 1]; below it the outlook is neutral
 * @param longVolExcludedAt IV environments in which long-volatility strategies are left out (unless preferred by the
 *     market state)
 * @param shortVolExcludedAt IV environments in which short-volatility strategies are left out (unless preferred by the
 *     market state); disjoint from {@code longVolExcludedAt}
 * @param neutralOutlookCategories the strategy families considered for a symbol with a neutral outlook, not empty
 */
public record StrategyPreferences(
        Map<MarketState, List<String>> preferred,
        double minDirectionConfidence,
        List<IvEnvironment> longVolExcludedAt,
        List<IvEnvironment> shortVolExcludedAt,
        List<StrategyCategory> neutralOutlookCategories) {

    /**
     * Validates the preferences, resolves the names to registry names and copies the collections.
     *
     * @throws IllegalArgumentException naming every unknown strategy, a missing market state, a duplicate, a confidence
     *     outside [0, 1] or an IV environment excluded for both long and short volatility
     */
    public StrategyPreferences {
        Checks.notNull(preferred, "preferred");
        Set<MarketState> missing = new HashSet<>(List.of(MarketState.values()));
        missing.removeAll(preferred.keySet());
        Checks.argument(
                missing.isEmpty(), () -> "preferred must list every market state but misses " + sorted(missing));
        List<String> unknown = new ArrayList<>();
        Map<MarketState, List<String>> resolved = new EnumMap<>(MarketState.class);
        preferred.forEach((state, names) -> resolved.put(
                Checks.notNull(state, "market state"), resolve(state, Checks.notNull(names, "names"), unknown)));
        Checks.argument(
                unknown.isEmpty(),
                () -> "unknown strategy names in the preferences: " + unknown + " (see StrategyRegistry)");
        preferred = Map.copyOf(resolved);
        Checks.argument(
                minDirectionConfidence >= 0 && minDirectionConfidence <= 1,
                "minDirectionConfidence must be in [0, 1] but was " + minDirectionConfidence);
        longVolExcludedAt = distinct(longVolExcludedAt, "longVolExcludedAt");
        shortVolExcludedAt = distinct(shortVolExcludedAt, "shortVolExcludedAt");
        for (IvEnvironment environment : longVolExcludedAt) {
            Checks.argument(
                    !shortVolExcludedAt.contains(environment),
                    "IV environment " + environment + " must not exclude both long and short volatility");
        }
        neutralOutlookCategories = distinct(neutralOutlookCategories, "neutralOutlookCategories");
        Checks.argument(!neutralOutlookCategories.isEmpty(), "neutralOutlookCategories must not be empty");
    }

    /** Returns the preferred strategies of {@code state}, best first. */
    public List<String> preferredIn(MarketState state) {
        return preferred.get(Checks.notNull(state, "state"));
    }

    /**
     * Returns the 0-based position of {@code definition} among the preferred strategies of {@code state}, or -1 when
     * it is not preferred there.
     */
    public int rankIn(MarketState state, StrategyDefinition definition) {
        return preferredIn(state).indexOf(definition.name());
    }

    private static List<String> resolve(MarketState state, List<String> names, List<String> unknown) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            Optional<StrategyDefinition> definition = StrategyRegistry.find(Checks.notNull(name, "strategy name"));
            if (definition.isEmpty()) {
                unknown.add(name);
                continue;
            }
            String registryName = definition.get().name();
            Checks.argument(
                    !out.contains(registryName), () -> "strategy " + registryName + " is listed twice for " + state);
            out.add(registryName);
        }
        return List.copyOf(out);
    }

    private static <T> List<T> distinct(List<T> values, String name) {
        List<T> copy = List.copyOf(Checks.notNull(values, name));
        Checks.argument(new HashSet<>(copy).size() == copy.size(), name + " has duplicates: " + copy);
        return copy;
    }

    private static List<MarketState> sorted(Set<MarketState> states) {
        return states.stream().sorted().toList();
    }
}
