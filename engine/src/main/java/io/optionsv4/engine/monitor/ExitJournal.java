package io.optionsv4.engine.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.optionsv4.core.result.Checks;
import io.optionsv4.engine.execution.ExecutionService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Appends each exit to {@code logs/exit_executions.json} under the home directory: one JSON object per line (JSON
 * Lines, snake_case keys) with the time, strategy, rule, state, whether the strategy is now flat, and the message.
 * Each line is forced to disk before the next exit.
 */
public final class ExitJournal implements Consumer<ExecutionService.ExitOutcome> {

    private static final ObjectMapper JSON =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final Path file;
    private final Clock clock;

    /** Creates the journal at {@link #file(Path)} of {@code home}. */
    public ExitJournal(Path home, Clock clock) {
        this.file = file(Checks.notNull(home, "home"));
        this.clock = Checks.notNull(clock, "clock");
    }

    /** Returns the journal's path under {@code home}. */
    public static Path file(Path home) {
        return home.resolve("logs").resolve("exit_executions.json");
    }

    /**
     * One line of the journal.
     *
     * @param time when the exit finished (ISO-8601 instant)
     * @param strategyId the strategy
     * @param rule the rule that decided
     * @param state DONE or FAILED
     * @param flat true when every leg is closed
     * @param message what was done
     */
    record Line(String time, long strategyId, String rule, String state, boolean flat, String message) {}

    @Override
    public synchronized void accept(ExecutionService.ExitOutcome outcome) {
        String line;
        try {
            line = JSON.writeValueAsString(new Line(
                            clock.instant().toString(),
                            outcome.strategyId(),
                            outcome.rule(),
                            outcome.state().name(),
                            outcome.flat(),
                            outcome.message()))
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write an exit journal line: " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to " + file + ": " + e.getMessage(), e);
        }
    }
}
