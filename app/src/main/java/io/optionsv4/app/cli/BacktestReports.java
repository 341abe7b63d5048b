package io.optionsv4.app.cli;

import io.optionsv4.engine.backtest.BacktestResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a finished backtest's reports under the results directory. The {@code backtest} command calls it once, after
 * the run ({@link BacktestCommand}); the default ({@link BacktestJsonReport}) writes the result document only. The
 * reports of {@code engine.backtest.report} (metrics, calibration, CSV, charts, HTML) plug in here for {@code
 * --charts}.
 */
@FunctionalInterface
interface BacktestReports {

    /**
     * Writes the reports of {@code result} into {@code resultsDir}.
     *
     * @return the files written, the result document first
     * @throws java.io.UncheckedIOException naming a file that cannot be written
     */
    List<Path> write(BacktestResult result, Path resultsDir);
}
