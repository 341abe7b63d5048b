package io.optionsv4.dhan.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON protocol samples the fake server answers with: the shared fixtures of {@code
 * shared/reference/dhan-fixtures/}, read in place (found by walking up from the working directory; {@code
 * -Doptionsv4.shared=DIR} overrides), and a few of our own in test resources under {@code io/optionsv4/dhan/rest/}
 * for shapes the shared set lacks (OHLC, a stock quote).
 */
public final class DhanFixtures {

    /** System property naming the shared directory (the parent of {@code reference}). */
    public static final String PROPERTY = "optionsv4.shared";

    private DhanFixtures() {}

    /** Returns the {@code shared/reference/dhan-fixtures} directory. */
    public static Path directory() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override, "reference", "dhan-fixtures");
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path fixtures = dir.resolve("shared").resolve("reference").resolve("dhan-fixtures");
            if (Files.isDirectory(fixtures)) {
                return fixtures;
            }
        }
        throw new IllegalStateException("no shared/reference/dhan-fixtures above " + start + "; set -D" + PROPERTY);
    }

    /** Returns a shared fixture, e.g. {@code shared("optionchain.json")}. */
    public static String shared(String name) {
        try {
            return Files.readString(directory().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns one of our own samples in test resources, e.g. {@code own("marketfeed-ohlc.json")}. */
    public static String own(String name) {
        String resource = "/io/optionsv4/dhan/rest/" + name;
        try (InputStream in = DhanFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
