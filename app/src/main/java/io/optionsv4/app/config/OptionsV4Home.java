package io.optionsv4.app.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The directory that holds the user's state: {@code $OPTIONS_V4_HOME}, else {@code ~/.options-v4}. It keeps {@code
 * db/}, {@code logs/}, {@code results/} and the installed Dhan scrip master.
 */
public final class OptionsV4Home {

    /** Environment variable naming the home directory. */
    public static final String VARIABLE = "OPTIONS_V4_HOME";

    /** File name of the installed Dhan scrip master inside the home directory. */
    public static final String SCRIP_MASTER = "scrip-master.csv";

    private OptionsV4Home() {}

    /** Returns the home directory for {@code environment}. */
    public static Path resolve(Map<String, String> environment) {
        String configured = environment.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".options-v4");
    }
}
