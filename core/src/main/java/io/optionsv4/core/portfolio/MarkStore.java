package io.optionsv4.core.portfolio;

import io.optionsv4.core.selection.StrategyId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The marks port: the stored strategies of an analysis with their execution status, and the marks themselves
 * ({@code strategy_execution_status} MARKED with lots). Every change is recorded in the audit log by the
 * implementation. Implementations are thread-safe and throw {@link io.optionsv4.core.result.StoreException} when the
 * store fails.
 */
public interface MarkStore {

    /** Returns the most recent analysis date with stored strategies, empty when nothing is stored. */
    Optional<LocalDate> latestAnalysisDate();

    /** Returns the stored strategies of {@code tradeDate} with their states, in no particular order. */
    List<RecentStrategy> strategies(LocalDate tradeDate);

    /** Returns one stored strategy with its status, empty when there is none with that id. */
    Optional<RecentStrategy> strategy(StrategyId id);

    /**
     * Marks a strategy with {@code lots} if it has no status, failed or was cancelled; does nothing otherwise.
     *
     * @param actor who marks, for the audit log (e.g. {@code mark --mark-top})
     * @return true when the strategy was marked, false when it had another status (another writer got there first)
     */
    boolean mark(StrategyId id, int lots, String actor);

    /**
     * Removes the mark of a strategy that is marked (MARKED or ALLOCATED); does nothing otherwise.
     *
     * @param actor who unmarks, for the audit log
     * @return true when the mark was removed
     */
    boolean unmark(StrategyId id, String actor);
}
