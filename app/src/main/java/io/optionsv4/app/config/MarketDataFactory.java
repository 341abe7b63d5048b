package io.optionsv4.app.config;

import io.optionsv4.core.margin.MarginSource;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.dhan.rest.DhanConfig;
import io.optionsv4.dhan.rest.DhanMarginCalculator;
import io.optionsv4.dhan.rest.DhanMarketData;
import io.optionsv4.dhan.rest.Sleeper;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.marketdata.reference.ReferenceData;
import io.optionsv4.marketdata.replay.BhavcopyReplayMarketData;
import io.optionsv4.marketdata.sim.SimulatedMarketData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The composition root's choice of market data: opens the source the settings name and resolves the as-of date.
 *
 * <p>The replay reads {@code --data-dir}, else {@code $OPTIONS_V4_DATA_DIR}, else the real NSE files the project
 * carries in its {@code data/} folder; its default as-of date is the last day its F&amp;O files cover.
 */
public final class MarketDataFactory {

    /** Environment variable naming the replay directory when {@code --data-dir} is not given. */
    public static final String DATA_DIR_VARIABLE = "OPTIONS_V4_DATA_DIR";

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final Map<String, String> environment;
    private final Clock clock;
    private final Optional<Path> projectData;

    /**
     * Creates a factory.
     *
     * @param environment the process environment (credentials, default directories)
     * @param clock the clock that says what "today" is
     * @param projectData the project's own NSE files ({@code data/}), the replay's last default; empty when this build
     *     has none
     */
    public MarketDataFactory(Map<String, String> environment, Clock clock, Optional<Path> projectData) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
        this.projectData = projectData;
    }

    /**
     * A source opened for one command: the market data, the resolved as-of date, and the broker's margin calculator
     * where the source is a broker ({@code --data dhan}; empty otherwise: the local NSE-like margin model applies).
     */
    public record Opened(
            MarketData marketData, LocalDate asOf, String description, Optional<MarginSource> brokerMargin) {

        /** A source without a broker's margin calculator. */
        public Opened(MarketData marketData, LocalDate asOf, String description) {
            this(marketData, asOf, description, Optional.empty());
        }
    }

    /**
     * Opens the source.
     *
     * @throws MarketDataException when the source cannot be opened (missing directory, no credentials)
     */
    public Opened open(MarketDataSettings settings) {
        return switch (settings.source()) {
            case REPLAY -> openReplay(settings);
            case DHAN -> openDhan(settings);
            case SIM -> openSim(settings);
        };
    }

    /** Environment variable of the Dhan client id. */
    public static final String DHAN_CLIENT_ID = "DHAN_CLIENT_ID";

    /** Environment variable of the Dhan access token. */
    public static final String DHAN_ACCESS_TOKEN = "DHAN_ACCESS_TOKEN";

    /** Directory, inside {@code $OPTIONS_V4_HOME}, of the Dhan rate budget shared by the processes of an account. */
    public static final String DHAN_RATE_BUDGET_DIRECTORY = "dhan-rate";

    /** Environment variable overriding Dhan's REST base URL (a sandbox or a local fake server). */
    public static final String DHAN_BASE_URL = "DHAN_BASE_URL";

    private Opened openSim(MarketDataSettings settings) {
        SimulatedMarketData sim = new SimulatedMarketData(settings.seed());
        LocalDate asOf = settings.asOf().orElse(LocalDate.now(clock.withZone(INDIA)));
        return new Opened(sim, asOf, "simulated market, seed " + settings.seed());
    }

    private Opened openDhan(MarketDataSettings settings) {
        String clientId = environment.getOrDefault(DHAN_CLIENT_ID, "");
        String token = environment.getOrDefault(DHAN_ACCESS_TOKEN, "");
        if (clientId.isBlank() || token.isBlank()) {
            throw new MarketDataException("--data dhan needs Dhan credentials: set " + DHAN_CLIENT_ID + " and "
                    + DHAN_ACCESS_TOKEN + " (an access token generated on web.dhan.co)");
        }
        Path scripMasterFile = OptionsV4Home.resolve(environment).resolve(OptionsV4Home.SCRIP_MASTER);
        if (!Files.isRegularFile(scripMasterFile)) {
            throw new MarketDataException("--data dhan needs Dhan's scrip master at " + scripMasterFile
                    + ": run 'options-v4 data import-scrip-master [FILE]' first");
        }
        ScripMaster scripMaster = ScripMaster.load(scripMasterFile).scripMaster();
        // Dhan's limits are per account: every options-v4 process of this home shares one budget.
        DhanConfig config = new DhanAccount(environment).config();
        DhanMarketData dhan =
                new DhanMarketData(config, scripMaster, clock, Sleeper.SYSTEM, DhanMarketData.DEFAULT_RATE);
        LocalDate asOf = settings.asOf().orElse(LocalDate.now(clock.withZone(INDIA)));
        return new Opened(
                dhan,
                asOf,
                "Dhan API v2 at " + config.baseUrl(),
                Optional.of(new DhanMarginCalculator(
                        config, scripMaster, warning -> System.err.println("warning: " + warning))));
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
        BhavcopyReplayMarketData replay = new BhavcopyReplayMarketData(
                dir, BhavcopyReplayMarketData.DEFAULT_RATE, ReferenceData.standard(), settings.quality());
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
        return projectData;
    }
}
