package io.optionsv4.app.cli;

import io.optionsv4.engine.pipeline.IvBackfill;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The progress of an IV history backfill on standard error: on a terminal a bar redrawn per session ({@code IV history
 * [######········] 12/20  2026-11-03}), otherwise a plain line at most every five seconds. Single-threaded.
 */
final class BackfillProgress implements IvBackfill.Progress {

    private static final int WIDTH = 20;
    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final boolean terminal;
    private final Clock clock;
    private final Instant start;
    private Instant next;

    BackfillProgress(PrintWriter err, boolean terminal, Clock clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.instant();
        this.next = start.plus(INTERVAL);
    }

    @Override
    public void session(LocalDate day, int done, int total, int rows) {
        if (terminal) {
            int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
            err.printf(
                    Locale.ROOT,
                    "\rIV history [%s%s] %d/%d  %s",
                    "#".repeat(filled),
                    ".".repeat(WIDTH - filled),
                    done,
                    total,
                    day);
            if (done == total) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            }
            err.flush();
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(next) && done != 1) {
            return;
        }
        next = now.plus(INTERVAL);
        err.printf(
                Locale.ROOT,
                "options-v4 analyze: IV history backfill %d/%d sessions (last %s, %d rows), %d s%n",
                done,
                total,
                day,
                rows,
                Duration.between(start, now).toSeconds());
        err.flush();
    }
}
