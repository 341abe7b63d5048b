package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The performance of the traded strategies: the totals and the same figures grouped by strategy type, industry,
 * conviction and symbol (best total net P&amp;L first), by the month closed strategies were exited (oldest first),
 * and the largest fall of the realised net P&amp;L curve from a previous high (closed strategies in exit order).
 *
 * @param total every traded strategy
 * @param byStrategyType one group per strategy name
 * @param byIndustry one group per industry of the underlying
 * @param byConviction one group per conviction of the ranking
 * @param bySymbol one group per underlying
 * @param byExitMonth one group per month of exit (closed strategies only), e.g. {@code 2026-11}
 * @param maxDrawdown the largest peak-to-trough fall of the cumulative realised net P&amp;L, {@code >= 0}
 */
public record Performance(
        PerformanceGroup total,
        List<PerformanceGroup> byStrategyType,
        List<PerformanceGroup> byIndustry,
        List<PerformanceGroup> byConviction,
        List<PerformanceGroup> bySymbol,
        List<PerformanceGroup> byExitMonth,
        Money maxDrawdown) {

    /** The key of the group of every strategy. */
    public static final String ALL = "all";

    /** Validates the components and copies the lists. */
    public Performance {
        Checks.notNull(total, "total");
        byStrategyType = List.copyOf(byStrategyType);
        byIndustry = List.copyOf(byIndustry);
        byConviction = List.copyOf(byConviction);
        bySymbol = List.copyOf(bySymbol);
        byExitMonth = List.copyOf(byExitMonth);
        Checks.notNull(maxDrawdown, "maxDrawdown");
        Checks.argument(!maxDrawdown.isNegative(), () -> "maxDrawdown must be >= 0 but was " + maxDrawdown);
    }

    /** Returns the performance of {@code outcomes}. */
    public static Performance of(List<StrategyOutcome> outcomes) {
        Checks.notNull(outcomes, "outcomes");
        List<StrategyOutcome> closed =
                outcomes.stream().filter(StrategyOutcome::closed).toList();
        List<PerformanceGroup> months =
                grouped(closed, o -> YearMonth.from(o.exitDate().orElseThrow()).toString()).stream()
                        .sorted(Comparator.comparing(PerformanceGroup::key))
                        .toList();
        return new Performance(
                new PerformanceGroup(ALL, outcomes),
                byBest(grouped(outcomes, o -> o.strategy().strategyName())),
                byBest(grouped(outcomes, o -> o.strategy().industry())),
                byBest(grouped(outcomes, o -> o.strategy().conviction().name())),
                byBest(grouped(outcomes, o -> o.strategy().symbol())),
                months,
                maxDrawdown(closed));
    }

    private static List<PerformanceGroup> grouped(
            List<StrategyOutcome> outcomes, Function<StrategyOutcome, String> key) {
        Map<String, List<StrategyOutcome>> groups = new TreeMap<>();
        outcomes.forEach(o ->
                groups.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o));
        return groups.entrySet().stream()
                .map(e -> new PerformanceGroup(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<PerformanceGroup> byBest(List<PerformanceGroup> groups) {
        return groups.stream()
                .sorted(Comparator.comparingLong((PerformanceGroup g) ->
                                g.realizedNet().plus(g.unrealizedNet()).paise())
                        .reversed()
                        .thenComparing(PerformanceGroup::key))
                .toList();
    }

    private static Money maxDrawdown(List<StrategyOutcome> closed) {
        List<StrategyOutcome> ordered = closed.stream()
                .sorted(Comparator.comparing((StrategyOutcome o) -> o.exitDate().orElseThrow())
                        .thenComparingLong(o -> o.strategy().id().value()))
                .toList();
        long cumulative = 0;
        long peak = 0;
        long drawdown = 0;
        for (StrategyOutcome o : ordered) {
            cumulative += o.realizedNet().paise();
            peak = Math.max(peak, cumulative);
            drawdown = Math.max(drawdown, peak - cumulative);
        }
        return Money.ofPaise(drawdown);
    }
}
