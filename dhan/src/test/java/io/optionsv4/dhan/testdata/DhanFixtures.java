package io.optionsv4.dhan.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON protocol samples the fake server answers with: the Dhan API v2 fixtures of the project documents
 * ({@code reference/dhan-fixtures/}), carried byte-for-byte in test resources under
 * {@code io/optionsv4/dhan/fixtures/}, and a few of our own under {@code io/optionsv4/dhan/rest/} for shapes that set
 * lacks (OHLC, a stock quote).
 */
public final class DhanFixtures {

    private DhanFixtures() {}

    /** Returns a fixture of the Dhan reference set, e.g. {@code shared("optionchain.json")}. */
    public static String shared(String name) {
        return resource("/io/optionsv4/dhan/fixtures/" + name);
    }

    /** Returns one of our own samples in test resources, e.g. {@code own("marketfeed-ohlc.json")}. */
    public static String own(String name) {
        return resource("/io/optionsv4/dhan/rest/" + name);
    }

    private static String resource(String resource) {
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
