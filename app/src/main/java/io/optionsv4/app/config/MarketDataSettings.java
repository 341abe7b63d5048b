package io.optionsv4.app.config;

import io.optionsv4.marketdata.replay.DataQualityPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The market data a command asked for, from the global options.
 *
 * @param source sim, replay or dhan
 * @param dataDir directory of NSE files for the replay; empty for the default
 * @param asOf the as-of date; empty for the source's default (today for sim and dhan, the last file date for replay)
 * @param seed the simulated market's seed
 * @param quality when the replay refuses a file for its rejected rows
 */
public record MarketDataSettings(
        DataSource source, Optional<Path> dataDir, Optional<LocalDate> asOf, long seed, DataQualityPolicy quality) {

    /** Validates the settings. */
    public MarketDataSettings {
        if (source == null || dataDir == null || asOf == null || quality == null) {
            throw new IllegalArgumentException("source, dataDir, asOf and quality must not be null");
        }
    }
}
