package io.optionsv4.engine.portfolio;

import io.optionsv4.core.portfolio.Performance;
import io.optionsv4.core.portfolio.StrategyOutcome;
import io.optionsv4.core.portfolio.StrategyPosition;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code status} shows: the tracked strategies, the open positions at the current market, every traded
 * strategy's outcome and the performance.
 *
 * @param asOf the valuation date
 * @param strategies every strategy with an execution state or a traded leg, by id
 * @param positions the strategies with open legs, valued, by id
 * @param outcomes every traded strategy, by id
 * @param performance the performance of {@code outcomes}
 */
public record StatusReport(
        LocalDate asOf,
        List<TrackedStrategy> strategies,
        List<StrategyPosition> positions,
        List<StrategyOutcome> outcomes,
        Performance performance) {

    /** Validates the components and copies the lists. */
    public StatusReport {
        Checks.notNull(asOf, "asOf");
        strategies = List.copyOf(Checks.notNull(strategies, "strategies"));
        positions = List.copyOf(Checks.notNull(positions, "positions"));
        outcomes = List.copyOf(Checks.notNull(outcomes, "outcomes"));
        Checks.notNull(performance, "performance");
    }

    /** Returns true when nothing was ever marked or traded. */
    public boolean empty() {
        return strategies.isEmpty();
    }

    /** Returns true when nothing was traded yet. */
    public boolean nothingTraded() {
        return outcomes.isEmpty();
    }
}
