package io.optionsv4.app.cli;

import io.optionsv4.engine.pipeline.ProgressListener;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on the terminal's error stream, redrawn with a carriage return as symbols finish: {@code
 * [##########··········] 120/213  RELIANCE}. Thread-safe.
 */
final class ProgressBar implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private int lastDrawn = -1;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void finished(SymbolOutcome outcome, int done, int total) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        if (done != total && filled == lastDrawn && done % 10 != 0) {
            return;
        }
        lastDrawn = filled;
        err.printf(
                Locale.ROOT,
                "\r[%s%s] %d/%d  %-14s",
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                done,
                total,
                outcome.symbol());
        if (done == total) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        }
        err.flush();
    }
}
