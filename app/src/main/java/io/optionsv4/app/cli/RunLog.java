package io.optionsv4.app.cli;

import io.optionsv4.core.selection.RejectionReason;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The day's analysis log, {@code logs/options_v4_main_YYYYMMDD.log} (day in India time): one line per symbol and the
 * run's summary, appended so that several runs of a day stay in one file. Lines start with the time and a level
 * ({@code INFO}, {@code WARN}, {@code ERROR}), so {@code grep ERROR} finds failures.
 */
final class RunLog {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private RunLog() {}

    /** Returns the log file of the day of {@code now} under {@code home}. */
    static Path file(Path home, Instant now) {
        return home.resolve("logs").resolve("options_v4_main_" + DAY.format(now.atZone(INDIA)) + ".log");
    }

    /** Appends the run to the day's log and returns the file. */
    static Path append(Path home, Instant now, AnalysisRun run, String dataSource) {
        String time = TIME.format(LocalDateTime.ofInstant(now, INDIA));
        List<String> lines = new ArrayList<>();
        lines.add(line(
                time,
                "INFO",
                "analyze as of " + run.asOf() + ", data " + dataSource + ", risk "
                        + run.risk().label() + ", " + run.outcomes().size() + " symbols"));
        lines.add(line(time, "INFO", "market: " + AnalysisReport.market(run.market(), run.indiaVix())));
        for (SymbolOutcome outcome : run.outcomes()) {
            switch (outcome) {
                case SymbolOutcome.Analysed a -> {
                    String best = a.strategies().get(0).recommendation().strategyName();
                    lines.add(line(
                            time,
                            a.storeError().isPresent() ? "ERROR" : "INFO",
                            a.symbol() + ": "
                                    + a.strategies().size() + " strategies, best " + best
                                    + a.storeError()
                                            .map(e -> "; not stored: " + e)
                                            .orElse("")));
                }
                case SymbolOutcome.NoStrategy n ->
                    lines.add(line(
                            time,
                            n.reason() == RejectionReason.FAILED ? "ERROR" : "WARN",
                            n.symbol() + ": no strategy (" + n.reason().name() + "): " + n.detail()));
            }
        }
        run.warnings().forEach(w -> lines.add(line(time, "WARN", w)));
        lines.add(line(
                time,
                "INFO",
                String.format(
                        Locale.ROOT,
                        "done: %d of %d symbols with strategies (%.1f%%), %d strategies, %d stored, %d ms",
                        run.summary().withStrategies(),
                        run.summary().symbols(),
                        100 * run.summary().successRate(),
                        run.summary().strategies(),
                        run.stored(),
                        run.elapsed().toMillis())));
        Path file = file(home, now);
        try {
            Files.createDirectories(file.getParent());
            Files.write(
                    file,
                    lines,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log " + file, e);
        }
        return file;
    }

    private static String line(String time, String level, String message) {
        return time + " " + level + " " + message.replace('\n', ' ');
    }
}
