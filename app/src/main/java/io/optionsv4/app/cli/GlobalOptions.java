package io.optionsv4.app.cli;

import io.optionsv4.app.config.DataSource;
import io.optionsv4.app.config.MarketDataSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command accepts: which market data, from where, as of when. */
public final class GlobalOptions {

    @Option(
            names = "--data",
            paramLabel = "SOURCE",
            defaultValue = "sim",
            scope = ScopeType.INHERIT,
            converter = DataSourceConverter.class,
            description = "Market data: sim (simulated market, the default), replay (NSE files) or dhan.")
    DataSource source = DataSource.SIM;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Directory of NSE files for --data replay, plain or gzipped (default: $OPTIONS_V4_DATA_DIR, "
                    + "else the project's data/).")
    Path dataDir;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            scope = ScopeType.INHERIT,
            description = "As-of date, YYYY-MM-DD (default: today; for replay the last day of its files).")
    LocalDate asOf;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            scope = ScopeType.INHERIT,
            description = "Seed of the simulated market (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    /** Returns the market data settings these options name. */
    public MarketDataSettings settings() {
        return new MarketDataSettings(source, Optional.ofNullable(dataDir), Optional.ofNullable(asOf), seed);
    }

    /** Converts the {@code --data} text. */
    static final class DataSourceConverter implements picocli.CommandLine.ITypeConverter<DataSource> {
        @Override
        public DataSource convert(String value) {
            return DataSource.parse(value);
        }
    }
}
