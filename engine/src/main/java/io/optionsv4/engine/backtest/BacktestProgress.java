package io.optionsv4.engine.backtest;

import java.time.LocalDate;

/** Told after each simulated day, for a progress bar; must be quick and must not throw. */
@FunctionalInterface
public interface BacktestProgress {

    /** Tells nothing. */
    BacktestProgress NONE = (done, total, day, equityPaise) -> {};

    /**
     * Called after a day.
     *
     * @param done days simulated so far, {@code 1..total}
     * @param total days in the run
     * @param day the day just simulated
     * @param equityPaise the account's equity at that day's close
     */
    void dayDone(int done, int total, LocalDate day, long equityPaise);
}
