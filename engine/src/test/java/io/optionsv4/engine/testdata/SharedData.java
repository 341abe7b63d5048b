package io.optionsv4.engine.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared directory of real NSE files ({@code shared/data}, see its README), as the marketdata module's tests
 * do: the system property {@code optionsv4.shared} (the {@code shared} directory itself), else the first {@code
 * shared/data} at or above the working directory.
 */
public final class SharedData {

    /** System property naming the shared directory (the parent of {@code data}). */
    public static final String PROPERTY = "optionsv4.shared";

    private SharedData() {}

    /**
     * Returns the {@code shared/data} directory.
     *
     * @throws IllegalStateException naming the override or the start directory when there is none
     */
    public static Path dataDir() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            Path data = Path.of(override).resolve("data");
            if (!Files.isDirectory(data)) {
                throw new IllegalStateException(PROPERTY + "=" + override + " has no data directory");
            }
            return data;
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(data)) {
                return data;
            }
        }
        throw new IllegalStateException(
                "no shared/data directory above " + start + "; set -D" + PROPERTY + "=/path/to/shared");
    }
}
