package io.optionsv4.app.cli;

import io.optionsv4.engine.backtest.BacktestProgress;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The backtest's progress on standard error: on a terminal a bar redrawn in place with the day, the equity and an
 * estimate of the time left (from the pace so far); off a terminal a plain line at most every {@code interval} and at
 * the end, so that logs stay readable.
 */
final class BacktestProgressOutput implements BacktestProgress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final Clock clock;
    private final Duration interval;
    private final Instant start;
    private Instant lastLine;

    BacktestProgressOutput(PrintWriter err, boolean terminal, Clock clock, Duration interval) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.interval = interval;
        this.start = clock.instant();
        this.lastLine = start;
    }

    @Override
    public void dayDone(int done, int total, LocalDate day, long equityPaise) {
        Instant now = clock.instant();
        Duration elapsed = Duration.between(start, now);
        Duration left = elapsed.multipliedBy(total - done).dividedBy(Math.max(1, done));
        String equity = Rupees.of(equityPaise / 100.0);
        if (terminal) {
            int filled = (int) ((long) done * WIDTH / total);
            err.printf(
                    Locale.ROOT,
                    "\r[%s%s] %d/%d %s  equity %s  about %s left   ",
                    "#".repeat(filled),
                    ".".repeat(WIDTH - filled),
                    done,
                    total,
                    day,
                    equity,
                    words(left));
            if (done == total) {
                err.print("\r" + " ".repeat(WIDTH + 80) + "\r");
            }
            err.flush();
        } else if (done == total || !now.isBefore(lastLine.plus(interval))) {
            lastLine = now;
            err.printf(
                    Locale.ROOT,
                    "options-v4 backtest: day %d of %d (%s), equity %s, about %s left%n",
                    done,
                    total,
                    day,
                    equity,
                    words(left));
            err.flush();
        }
    }

    static String words(Duration d) {
        long s = d.toSeconds();
        return s >= 3600
                ? String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }
}
