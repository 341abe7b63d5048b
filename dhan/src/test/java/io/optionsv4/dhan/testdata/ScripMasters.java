package io.optionsv4.dhan.testdata;

import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.scrip.ScripMasterLoad;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Small scrip-master CSVs written for the tests (no real F&amp;O scrip master is available offline), in test resources
 * under {@code io/optionsv4/dhan/scrip/}: NIFTY and RELIANCE options of January 2026 with the NSE token ids of the
 * UDiFF bhavcopy of 1 January 2026 (compact and detailed), and the scenario of the shared Dhan fixtures (NIFTY
 * 30-Jan-2025 options, ids 41012-41021, lot 75).
 */
public final class ScripMasters {

    /** Compact sample with NIFTY weekly/monthly and RELIANCE monthly options of January 2026. */
    public static final String COMPACT_2026 = "api-scrip-master-sample.csv";

    /** Detailed sample with NIFTY, RELIANCE and BAJAJ-AUTO options of 27 January 2026. */
    public static final String DETAILED_2026 = "api-scrip-master-detailed-sample.csv";

    /** Compact file of the Dhan fixtures' scenario (15 January 2025). */
    public static final String FIXTURE_2025 = "scrip-master-fixture-2025.csv";

    private ScripMasters() {}

    /** Loads one of the sample files. */
    public static ScripMasterLoad load(String name) {
        String resource = "/io/optionsv4/dhan/scrip/" + name;
        try (InputStream in = ScripMasters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return ScripMaster.parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the index of the fixtures' scenario. */
    public static ScripMaster fixture() {
        return load(FIXTURE_2025).scripMaster();
    }
}
