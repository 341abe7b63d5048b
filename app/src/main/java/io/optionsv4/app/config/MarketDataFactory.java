package io.optionsv4.app.config;

import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The composition root's choice of market data: opens the source the settings name and resolves the as-of date.
 *
 * <p>The replay reads {@code --data-dir}, else {@code $OPTIONS_V4_DATA_DIR}, else the NSE files of the shared project
 * documents ({@code shared/data} beside the project); its default as-of date is the last day its F&amp;O files cover.
 */
public final class MarketDataFactory {

    /** Environment variable naming the replay directory when {@code --data-dir} is not given. */
    public static final String DATA_DIR_VARIABLE = "OPTIONS_V4_DATA_DIR";

    private final Map<String, String> environment;
    private final Clock clock;
    private final Path workingDirectory;

    /**
     * Creates a factory.
     *
     * @param environment the process environment (credentials, default directories)
     * @param clock the clock that says what "today" is
     * @param workingDirectory where relative default paths are looked up from
     */
    public MarketDataFactory(Map<String, String> environment, Clock clock, Path workingDirectory) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
        this.workingDirectory = workingDirectory;
    }

    /** A source opened for one command: the market data and the resolved as-of date. */
    public record Opened(MarketData marketData, LocalDate asOf, String description) {}

    /**
     * Opens the source.
     *
     * @throws MarketDataException when the source cannot be opened (missing directory, no credentials)
     */
    public Opened open(MarketDataSettings settings) {
        return switch (settings.source()) {
            case REPLAY -> openReplay(settings);
            case SIM, DHAN ->
                throw new MarketDataException(
                        "--data " + settings.source().name().toLowerCase()
                                + " is not available in this build; use --data replay --data-dir DIR");
        };
    }

    private Opened openReplay(MarketDataSettings settings) {
        Path dir = settings.dataDir()
                .or(this::defaultDataDir)
                .orElseThrow(() -> new MarketDataException(
                        "--data replay needs a directory of NSE files: pass --data-dir DIR or set "
                                + DATA_DIR_VARIABLE));
        if (!Files.isDirectory(dir)) {
            throw new MarketDataException("replay directory not found: " + dir.toAbsolutePath());
        }
        BhavcopyReplayMarketData replay = new BhavcopyReplayMarketData(dir);
        List<LocalDate> dates = replay.optionDates();
        if (dates.isEmpty()) {
            throw new MarketDataException("no NSE F&O bhavcopy files found under " + dir.toAbsolutePath());
        }
        LocalDate asOf = settings.asOf().orElse(dates.get(dates.size() - 1));
        return new Opened(replay, asOf, "replay of " + dir.toAbsolutePath().normalize());
    }

    private Optional<Path> defaultDataDir() {
        String fromEnvironment = environment.get(DATA_DIR_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(Path.of(fromEnvironment));
        }
        for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
