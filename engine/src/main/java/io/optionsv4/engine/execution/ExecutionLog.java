package io.optionsv4.engine.execution;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.SafeText;
import io.optionsv4.core.trade.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The execution's audit trail: builds the {@link AuditEntry}s the store commits with each state change, and appends
 * each committed entry as one line to {@code logs/options_v4_execution.log}: time in India, level, event, entity and
 * id, then {@code key=value} details. Lines start with the level's word ({@code INFO}, {@code WARN}, {@code ERROR}),
 * so {@code grep ERROR} finds executions that stopped. Entries hold order, fill and decision facts only; the broker's
 * credentials never reach this class. Thread-safe.
 */
public final class ExecutionLog {

    /** The log file's name under {@code logs/}. */
    public static final String FILE_NAME = "options_v4_execution.log";

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

    private final String actor;
    private final Optional<Path> file;
    private final Clock clock;

    /**
     * Creates the log.
     *
     * @param actor who writes the entries, e.g. {@code execute}
     * @param file the log file, or empty to keep the audit in the database only
     * @param clock the clock of the lines' times
     */
    public ExecutionLog(String actor, Optional<Path> file, Clock clock) {
        this.actor = Checks.notBlank(actor, "actor");
        this.file = Checks.notNull(file, "file");
        this.clock = Checks.notNull(clock, "clock");
    }

    /** Returns the log file under {@code home}: {@code home/logs/options_v4_execution.log}. */
    public static Path file(Path home) {
        return home.resolve("logs").resolve(FILE_NAME);
    }

    /** Returns an entry of this log's actor. */
    AuditEntry entry(String event, String entity, String id, Map<String, String> details) {
        return new AuditEntry(actor, event, entity, id, details);
    }

    /** Appends the lines of entries the store has committed. */
    void committed(List<AuditEntry> entries) {
        if (file.isEmpty() || entries.isEmpty()) {
            return;
        }
        String time = TIME.format(LocalDateTime.ofInstant(clock.instant(), INDIA));
        StringBuilder lines = new StringBuilder();
        for (AuditEntry e : entries) {
            lines.append(time)
                    .append(' ')
                    .append(level(e.event()))
                    .append(' ')
                    .append(e.event())
                    .append(' ')
                    .append(e.entity())
                    .append(' ')
                    .append(SafeText.escape(e.entityId()));
            e.details()
                    .forEach((k, v) -> lines.append(' ').append(k).append('=').append(SafeText.escape(v)));
            lines.append('\n');
        }
        append(lines.toString());
    }

    private synchronized void append(String lines) {
        Path path = file.orElseThrow();
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(
                    path, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the execution log " + path, e);
        }
    }

    private static String level(String event) {
        if (event.endsWith(".interrupted") || event.endsWith(".error")) {
            return "ERROR";
        }
        if (event.endsWith(".failed")
                || event.endsWith(".rejected")
                || event.endsWith(".unknown")
                || event.contains("unwind")) {
            return "WARN";
        }
        return "INFO";
    }
}
