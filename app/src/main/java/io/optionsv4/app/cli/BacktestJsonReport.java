package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.optionsv4.engine.backtest.BacktestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The backtest's result document, {@code results/backtest_<run>.json}: the {@link BacktestResult} serialised by
 * Jackson with snake_case names; dates, instants and durations in ISO-8601 text ({@code 2019-01-01}, {@code
 * 2026-12-07T06:30:00Z}, {@code PT41.2S}), money in paise. Written through a {@code .partial} file.
 */
final class BacktestJsonReport implements BacktestReports {

    /** The mapper of the document. */
    static final ObjectMapper MAPPER = Json.MAPPER
            .copy()
            .registerModule(new SimpleModule("iso-time")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(Duration.class, ToStringSerializer.instance));

    /** Returns the document's path for a run. */
    static Path file(Path resultsDir, String runId) {
        return resultsDir.resolve("backtest_" + runId + ".json");
    }

    @Override
    public List<Path> write(BacktestResult result, Path resultsDir) {
        Path file = file(resultsDir, result.run().runId());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(resultsDir);
            MAPPER.writeValue(partial.toFile(), result);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return List.of(file);
    }
}
