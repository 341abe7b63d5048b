package io.optionsv4.app.cli;

import io.optionsv4.engine.backtest.BacktestResult;
import io.optionsv4.engine.backtest.BacktestRun;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Finds a stored backtest run by its id, or {@code latest}, for {@code backtest show} and {@code backtest compare}. */
final class StoredBacktests {

    /** The name that stands for the run started last. */
    static final String LATEST = "latest";

    private StoredBacktests() {}

    /**
     * Returns the stored run {@code id} ({@code latest}: the run started last) with its equity and trades.
     *
     * @throws ParameterException (exit 2) naming the id and the stored runs when there is no such run
     */
    static BacktestResult find(JdbiBacktestStore store, String id, CommandSpec spec) {
        String wanted = id;
        if (LATEST.equalsIgnoreCase(id)) {
            List<BacktestRun> runs = store.runs();
            if (runs.isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(), "no backtest run is stored yet: run 'options-v4 backtest' first");
            }
            wanted = runs.get(0).runId();
        }
        String runId = wanted;
        return store.find(runId)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "no stored backtest run '" + runId + "'; 'options-v4 backtest runs' lists them ("
                                + store.runs().size() + " stored)"));
    }
}
