package io.optionsv4.engine.pipeline;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RejectionReason;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run summary the trader reads at the end: how many symbols were analysed and got strategies, which strategies
 * were recommended how often, the symbols' outlooks, and why the others got none.
 *
 * @param symbols symbols in the run
 * @param withStrategies symbols with at least one kept strategy
 * @param strategies strategies kept over all symbols
 * @param strategiesByType kept strategies per strategy name, most frequent first (ties by name)
 * @param sentiment symbols per trend direction, over the symbols whose trend could be computed
 * @param noStrategyReasons symbols without strategies per reason, most frequent first
 * @param storeFailures symbols whose storage failed
 */
public record RunSummary(
        int symbols,
        int withStrategies,
        int strategies,
        Map<String, Integer> strategiesByType,
        Map<Direction, Integer> sentiment,
        Map<RejectionReason, Integer> noStrategyReasons,
        int storeFailures) {

    /** Validates the components and copies the maps (keeping their order). */
    public RunSummary {
        Checks.argument(
                symbols >= 0 && withStrategies >= 0 && withStrategies <= symbols,
                "withStrategies must be in [0, symbols] but was " + withStrategies + " of " + symbols + " symbols");
        Checks.argument(strategies >= 0, "strategies must be >= 0 but was " + strategies);
        Checks.argument(
                storeFailures >= 0 && storeFailures <= withStrategies,
                "storeFailures must be in [0, withStrategies] but was " + storeFailures + " of " + withStrategies);
        strategiesByType =
                Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(strategiesByType, "strategiesByType")));
        Map<Direction, Integer> directions = new EnumMap<>(Direction.class);
        directions.putAll(Checks.notNull(sentiment, "sentiment"));
        sentiment = Collections.unmodifiableMap(directions);
        noStrategyReasons = Collections.unmodifiableMap(
                new LinkedHashMap<>(Checks.notNull(noStrategyReasons, "noStrategyReasons")));
    }

    /** Returns the share of symbols with strategies, 0..1 (0 for an empty run). */
    public double successRate() {
        return symbols == 0 ? 0 : (double) withStrategies / symbols;
    }

    /** Counts {@code outcomes}. */
    public static RunSummary of(List<SymbolOutcome> outcomes) {
        Map<String, Integer> byType = new TreeMap<>();
        Map<Direction, Integer> sentiment = new EnumMap<>(Direction.class);
        Map<RejectionReason, Integer> reasons = new EnumMap<>(RejectionReason.class);
        int with = 0;
        int strategies = 0;
        int storeFailures = 0;
        for (SymbolOutcome outcome : outcomes) {
            switch (outcome) {
                case SymbolOutcome.Analysed a -> {
                    with++;
                    strategies += a.strategies().size();
                    a.strategies().forEach(s -> byType.merge(s.recommendation().strategyName(), 1, Integer::sum));
                    if (a.underlying().trend() instanceof TrendAnalysis t) {
                        sentiment.merge(t.direction(), 1, Integer::sum);
                    }
                    storeFailures += a.storeError().isPresent() ? 1 : 0;
                }
                case SymbolOutcome.NoStrategy n -> {
                    reasons.merge(n.reason(), 1, Integer::sum);
                    n.underlying()
                            .filter(u -> u.trend() instanceof TrendAnalysis)
                            .ifPresent(u -> sentiment.merge(((TrendAnalysis) u.trend()).direction(), 1, Integer::sum));
                }
            }
        }
        return new RunSummary(
                outcomes.size(),
                with,
                strategies,
                sortedByCount(byType),
                sentiment,
                sortedByCount(reasons),
                storeFailures);
    }

    private static <K extends Comparable<K>> Map<K, Integer> sortedByCount(Map<K, Integer> counts) {
        Map<K, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
