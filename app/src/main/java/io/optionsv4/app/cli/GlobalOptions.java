package io.optionsv4.app.cli;

import io.optionsv4.app.config.DataSource;
import io.optionsv4.app.config.MarketDataSettings;
import io.optionsv4.marketdata.replay.DataQualityPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read market data (analyze, data quotes, data chain, iv collect): which market
 * data, from where, as of when. They may stand before the command ({@code options-v4 --data replay analyze}) or after
 * it; a value after the command wins. Commands that read no market data do not offer them, and the root refuses them
 * before such a command.
 */
public final class GlobalOptions {

    @Option(
            names = "--data",
            paramLabel = "SOURCE",
            converter = DataSourceConverter.class,
            description = "Market data: sim (simulated market, the default), replay (NSE files) or dhan.")
    DataSource source;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Directory of NSE files for --data replay, plain or gzipped (default: $OPTIONS_V4_DATA_DIR, "
                    + "else the project's data/).")
    Path dataDir;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "As-of date, YYYY-MM-DD (default: today; for replay the last day of its files).")
    LocalDate asOf;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the simulated market (default: " + DEFAULT_SEED + ").")
    Long seed;

    @Option(
            names = "--max-bad-rows",
            paramLabel = "N",
            description = "Rows of one replay file that may be rejected (each reported, with file:line) before the "
                    + "whole file is refused: N plus 1%% of its rows (default: 10); 0 refuses a file at its first bad "
                    + "row.")
    Integer maxBadRows;

    /** The seed of the simulated market when none is given. */
    static final long DEFAULT_SEED = 42;

    /** Returns the market data settings these options name, each falling back to {@code outer}'s, then the default. */
    public MarketDataSettings settings(GlobalOptions outer) {
        return new MarketDataSettings(
                source != null ? source : outer.source != null ? outer.source : DataSource.SIM,
                Optional.ofNullable(dataDir != null ? dataDir : outer.dataDir),
                Optional.ofNullable(asOf != null ? asOf : outer.asOf),
                seed != null ? seed : outer.seed != null ? outer.seed : DEFAULT_SEED,
                quality(maxBadRows != null ? maxBadRows : outer.maxBadRows));
    }

    private static DataQualityPolicy quality(Integer maxBadRows) {
        if (maxBadRows == null) {
            return DataQualityPolicy.DEFAULT;
        }
        if (maxBadRows < 0) {
            throw new IllegalArgumentException("--max-bad-rows must be a whole number >= 0 but was " + maxBadRows);
        }
        DataQualityPolicy standard = DataQualityPolicy.DEFAULT;
        return maxBadRows == 0
                ? DataQualityPolicy.STRICT
                : new DataQualityPolicy(maxBadRows, standard.maxMalformedShare(), standard.maxSymbolDrop());
    }

    /**
     * Returns the options given here, each falling back to {@code outer}'s, as command-line arguments: what a command
     * that runs others in-process ({@code daily}) passes on.
     */
    List<String> arguments(GlobalOptions outer) {
        List<String> args = new ArrayList<>();
        DataSource s = source != null ? source : outer.source;
        if (s != null) {
            args.addAll(List.of("--data", s.name().toLowerCase(Locale.ROOT)));
        }
        Path dir = dataDir != null ? dataDir : outer.dataDir;
        if (dir != null) {
            args.addAll(List.of("--data-dir", dir.toString()));
        }
        LocalDate date = asOf != null ? asOf : outer.asOf;
        if (date != null) {
            args.addAll(List.of("--as-of", date.toString()));
        }
        Long n = seed != null ? seed : outer.seed;
        if (n != null) {
            args.addAll(List.of("--seed", Long.toString(n)));
        }
        Integer bad = maxBadRows != null ? maxBadRows : outer.maxBadRows;
        if (bad != null) {
            args.addAll(List.of("--max-bad-rows", Integer.toString(bad)));
        }
        return args;
    }

    /** Returns whether any of the options was given. */
    boolean any() {
        return source != null || dataDir != null || asOf != null || seed != null || maxBadRows != null;
    }

    /** Converts the {@code --data} text. */
    static final class DataSourceConverter implements picocli.CommandLine.ITypeConverter<DataSource> {
        @Override
        public DataSource convert(String value) {
            return DataSource.parse(value);
        }
    }

    /** Marks a command that reads market data and so takes these options. */
    interface ReadsMarketData {}
}
