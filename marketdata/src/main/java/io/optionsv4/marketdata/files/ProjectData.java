package io.optionsv4.marketdata.files;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The real NSE files the project carries in its {@code data/} folder (gzipped, with their provenance in {@code
 * data/README.md}): the replay's default directory and the input of the tests and calibration checks.
 *
 * <p>Found in this order: the system property {@value #PROPERTY}; else the {@code data} folder of the checkout this
 * code was built in, found by walking up from the location of these classes (the launcher's jar under {@code
 * app/target}, or a module's {@code target/classes} in a build). Nothing outside the checkout is searched.
 */
public final class ProjectData {

    /** System property naming the data directory itself. */
    public static final String PROPERTY = "optionsv4.data.dir";

    private ProjectData() {}

    /** Returns the project's data directory, or empty when neither the property nor the checkout names one. */
    public static Optional<Path> locate() {
        return locate(System.getProperty(PROPERTY), codeLocation());
    }

    /**
     * Returns {@code override} when given, else the first {@code data} folder holding the project's files at or
     * above {@code start}.
     *
     * @throws IllegalStateException when {@code override} is given but is not such a folder
     */
    public static Optional<Path> locate(String override, Optional<Path> start) {
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override);
            if (!isDataDirectory(dir)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + override
                        + " is not the project's data directory (no README.md and fo_bhavcopy/ in it)");
            }
            return Optional.of(dir);
        }
        for (Path dir = start.orElse(null); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("data");
            if (isDataDirectory(data) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the project's data directory.
     *
     * @throws IllegalStateException when there is none, naming where it was looked for
     */
    public static Path directory() {
        return locate().orElseThrow(() -> new IllegalStateException("the project's data/ directory was not found above "
                + codeLocation().map(Path::toString).orElse("these classes") + "; set -D" + PROPERTY + "=DIR"));
    }

    /**
     * Returns a file of the data directory by its content name, plain or gzipped, e.g. {@code
     * file("index_daily/nifty50.csv")} finds {@code index_daily/nifty50.csv.gz}.
     *
     * @throws IllegalStateException naming the file when it is missing
     */
    public static Path file(String relative) {
        Path dir = directory();
        return DataFiles.resolve(dir, relative)
                .orElseThrow(() -> new IllegalStateException(
                        "project data file missing: " + dir.resolve(relative) + "[" + DataFiles.GZIP_SUFFIX + "]"));
    }

    private static boolean isDataDirectory(Path dir) {
        return Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("fo_bhavcopy"));
    }

    private static Optional<Path> codeLocation() {
        CodeSource source = ProjectData.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
