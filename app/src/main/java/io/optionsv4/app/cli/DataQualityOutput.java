package io.optionsv4.app.cli;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import io.optionsv4.marketdata.replay.DataQualityReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The run's data-quality report ({@link DataQualityReport}) where the user sees it: on standard error, in the day's
 * log (the {@code analyze} document carries it under {@code data_quality}: {@link AnalysisJson.Document}). Sources
 * other than the replay have none.
 */
final class DataQualityOutput {

    private DataQualityOutput() {}

    /** Returns the report of {@code marketData} when it is a replay. */
    static Optional<DataQualityReport> of(MarketData marketData) {
        return marketData instanceof BhavcopyReplayMarketData replay
                ? Optional.of(replay.qualityReport())
                : Optional.empty();
    }

    /** Prints the report on {@code err}: one line when clean, else the counts and the first rejected rows. */
    static void print(Optional<DataQualityReport> report, PrintWriter err, String command) {
        report.ifPresent(r -> r.lines().forEach(l -> err.println("options-v4 " + command + ": " + l)));
        err.flush();
    }

    /** Appends the report to the day's log of {@code home}. */
    static void log(Path home, Instant now, Optional<DataQualityReport> report) {
        if (report.isEmpty()) {
            return;
        }
        String level = report.get().isClean() ? " INFO " : " WARN ";
        String time = RunLog.TIME.format(java.time.LocalDateTime.ofInstant(now, RunLog.INDIA));
        List<String> lines =
                report.get().lines().stream().map(l -> time + level + l).toList();
        Path file = RunLog.file(home, now);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log " + file, e);
        }
    }
}
