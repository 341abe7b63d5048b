package io.optionsv4.app.cli;

import io.optionsv4.engine.pipeline.AnalysisRun;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The exit code of a storing run: no silent partial success. A database lost during the run is exit 3 with a message
 * naming it; any other store failure is exit 1 saying how many symbols were not stored.
 */
final class StoreOutcome {

    private StoreOutcome() {}

    /** Returns 0, 1 or 3 for {@code run}, printing on {@code err} why it is not 0. */
    static int exitCode(AnalysisRun run, Optional<FailFastAnalysisStore> store, PrintWriter err, String command) {
        int failures = run.summary().storeFailures();
        Optional<String> lost = store.flatMap(FailFastAnalysisStore::lost);
        if (lost.isPresent()) {
            err.println("options-v4 " + command + ": the database became unavailable during the run; " + failures
                    + " of " + run.summary().withStrategies() + " symbols not stored: " + lost.get());
            return RootCommand.EXIT_UNAVAILABLE;
        }
        if (failures > 0) {
            err.println("options-v4 " + command + ": " + failures + " of "
                    + run.summary().withStrategies() + " symbols could not be stored (see the report); exit 1");
            return 1;
        }
        return 0;
    }
}
