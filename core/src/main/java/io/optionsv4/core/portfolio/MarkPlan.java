package io.optionsv4.core.portfolio;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which strategies of an analysis {@code mark} lists first and marks: the rank is the ranking score, highest first,
 * then the net expected value (highest first, unknown last), then the id. A strategy that is already marked (by the
 * trader or an allocation) or further on its way is never marked again: it is skipped, and the decision says why. A
 * failed strategy (its entry failed and anything filled was unwound) or a cancelled one may be marked again:
 * {@code execute} runs it as a new attempt with new order tags. Stateless.
 */
public final class MarkPlan {

    /** The order of the list: score, then net expected value, then id. */
    public static final Comparator<RecentStrategy> RANK = Comparator.comparingDouble(RecentStrategy::totalScore)
            .reversed()
            .thenComparing(
                    s -> s.netExpectedValue().map(Money::paise).orElse(Long.MIN_VALUE), Comparator.reverseOrder())
            .thenComparingLong(s -> s.id().value());

    private MarkPlan() {}

    /** Returns {@code strategies} in rank order. */
    public static List<RecentStrategy> ranked(List<RecentStrategy> strategies) {
        return Checks.notNull(strategies, "strategies").stream().sorted(RANK).toList();
    }

    /**
     * Returns the decisions for the {@code n} best-ranked strategies: those without a status (or failed or cancelled)
     * are marked, the others skipped with the reason, so that after marking the top {@code n} are all marked or on
     * their way.
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public static List<MarkDecision> top(List<RecentStrategy> strategies, int n) {
        Checks.positive(n, "n");
        return ranked(strategies).stream().limit(n).map(MarkPlan::decide).toList();
    }

    /** Returns the decision for the best-ranked strategy of {@code symbol}, empty when the analysis has none. */
    public static Optional<MarkDecision> best(List<RecentStrategy> strategies, String symbol) {
        Checks.notBlank(symbol, "symbol");
        String wanted = symbol.strip().toUpperCase(Locale.ROOT);
        return ranked(strategies).stream()
                .filter(s -> s.symbol().equals(wanted))
                .findFirst()
                .map(MarkPlan::decide);
    }

    /** Returns the decision for one strategy: mark it when it has no status, failed or was cancelled; else skip. */
    public static MarkDecision decide(RecentStrategy strategy) {
        Checks.notNull(strategy, "strategy");
        return new MarkDecision(
                strategy, strategy.entry().filter(e -> !e.status().remarkable()).map(MarkPlan::reason));
    }

    /** Returns why a strategy with {@code entry}'s status is not marked again, e.g. {@code already marked (2 lots)}. */
    static String reason(StatusEntry entry) {
        String lots = entry.lotsOrOne() + (entry.lotsOrOne() == 1 ? " lot" : " lots");
        return switch (entry.status()) {
            case ALLOCATED -> "already marked by an allocation (" + lots + ")";
            case MARKED -> "already marked (" + lots + ")";
            case PENDING, EXECUTING -> "being executed (" + entry.status() + ")";
            case EXECUTED, PARTIAL -> "already executed (" + entry.status() + ")";
            case CLOSED -> "already traded and closed";
            case FAILED, CANCELLED -> "it may be marked again (" + entry.status() + ")";
        };
    }
}
