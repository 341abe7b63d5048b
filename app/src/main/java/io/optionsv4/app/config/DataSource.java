package io.optionsv4.app.config;

import java.util.Locale;

/** Where market data comes from: the simulated market (the default), a replay of NSE files, or Dhan. */
public enum DataSource {
    /** The seeded simulated NSE market: any date, no account, no files. */
    SIM,
    /** A replay of real NSE end-of-day files from a directory. */
    REPLAY,
    /** Dhan API v2, with credentials from the environment. */
    DHAN;

    /** Parses {@code sim}, {@code replay} or {@code dhan}, case-insensitively. */
    public static DataSource parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--data must be sim, replay or dhan but was '" + text + "'", e);
        }
    }
}
