package io.optionsv4.engine.backtest;

import java.util.List;
import java.util.Optional;

/**
 * Where finished backtests are kept so that runs can be compared: the run, its daily equity and its trades. A run that
 * stopped early is stored with {@code complete = false}, never as complete. Implementations are thread-safe and throw
 * {@code io.optionsv4.core.result.StoreException} when the store fails.
 */
public interface BacktestStore {

    /** Stores {@code result} (run, equity, trades) in one transaction: all of it or nothing. */
    void save(BacktestResult result);

    /** Reads a stored run back, empty when no run has this id. */
    Optional<BacktestResult> find(String runId);

    /**
     * Returns the stored runs, newest first; of runs started at the same instant, the one whose id took a higher
     * {@code _N} suffix first.
     */
    List<BacktestRun> runs();
}
