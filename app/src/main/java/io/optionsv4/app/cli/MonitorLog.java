package io.optionsv4.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The monitors' log, {@code logs/automated_monitor.log} under the home: one line per event, appended, each starting
 * with the time in India and a level ({@code INFO}, {@code WARN}, {@code ERROR}) so that {@code grep ERROR} finds the
 * failed exits. Thread-safe.
 */
final class MonitorLog {

    static final String FILE_NAME = "automated_monitor.log";

    private final Path file;
    private final Clock clock;

    MonitorLog(Path home, Clock clock) {
        this.file = file(home);
        this.clock = clock;
    }

    /** Returns the log's path under {@code home}. */
    static Path file(Path home) {
        return home.resolve("logs").resolve(FILE_NAME);
    }

    void info(String message) {
        write("INFO", message);
    }

    void warn(String message) {
        write("WARN", message);
    }

    void error(String message) {
        write("ERROR", message);
    }

    private synchronized void write(String level, String message) {
        String time = RunLog.TIME.format(LocalDateTime.ofInstant(clock.instant(), RunLog.INDIA));
        try {
            Files.createDirectories(file.getParent());
            Files.write(
                    file,
                    List.of(time + " " + level + " " + message.replace('\n', ' ')),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the log " + file, e);
        }
    }
}
