package io.optionsv4.marketdata.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared directory of real NSE files ({@code shared/data}, see its README) that tests read in place: walks
 * up from the working directory until a directory {@code shared/data} exists. The system property
 * {@code optionsv4.shared} (the {@code shared} directory itself) overrides the search.
 */
public final class SharedData {

    /** System property naming the shared directory (the parent of {@code data}). */
    public static final String PROPERTY = "optionsv4.shared";

    private SharedData() {}

    /**
     * Returns the {@code shared/data} directory.
     *
     * @throws IllegalStateException naming the start directory when none is found
     */
    public static Path dataDir() {
        return dataDir(System.getProperty(PROPERTY), Path.of("").toAbsolutePath());
    }

    /**
     * Returns {@code override/data} when an override is given, else the first {@code shared/data} at or above
     * {@code start}.
     *
     * @throws IllegalStateException naming the override or the start directory when there is no such directory
     */
    public static Path dataDir(String override, Path start) {
        if (override != null && !override.isBlank()) {
            Path data = Path.of(override).resolve("data");
            if (!Files.isDirectory(data)) {
                throw new IllegalStateException(PROPERTY + "=" + override + " has no data directory");
            }
            return data;
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(data)) {
                return data;
            }
        }
        throw new IllegalStateException(
                "no shared/data directory above " + start + "; set -D" + PROPERTY + "=/path/to/shared");
    }

    /** Returns a file of the shared data directory, e.g. {@code file("fo_bhavcopy/fo01JAN2020bhav.csv")}. */
    public static Path file(String relative) {
        Path path = dataDir().resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("shared data file missing: " + path);
        }
        return path;
    }
}
