package io.optionsv4.app.cli;

import io.optionsv4.engine.pipeline.ProgressListener;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Progress for a standard error that is not a terminal (a pipe, a log file, cron): a plain line such as {@code
 * options-v4 analyze: 120/213 symbols done (last RELIANCE), 42 s} at most once every interval, so a long run is never
 * silent and a log never fills with carriage returns. Thread-safe.
 */
final class ProgressLines implements ProgressListener {

    private final PrintWriter err;
    private final Clock clock;
    private final Duration interval;
    private final Instant start;
    private Instant next;

    ProgressLines(PrintWriter err, Clock clock, Duration interval) {
        this.err = err;
        this.clock = clock;
        this.interval = interval;
        this.start = clock.instant();
        this.next = start.plus(interval);
    }

    @Override
    public synchronized void finished(SymbolOutcome outcome, int done, int total) {
        Instant now = clock.instant();
        if (now.isBefore(next) || done == total) {
            return;
        }
        next = now.plus(interval);
        err.printf(
                Locale.ROOT,
                "options-v4 analyze: %d/%d symbols done (last %s), %d s%n",
                done,
                total,
                outcome.symbol(),
                Duration.between(start, now).toSeconds());
        err.flush();
    }
}
