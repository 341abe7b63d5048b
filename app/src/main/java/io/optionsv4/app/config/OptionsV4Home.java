package io.optionsv4.app.config;

import io.optionsv4.store.DbConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * The directory that holds the user's state: {@code $OPTIONS_V4_HOME}, else {@code ~/.options-v4} ({@link
 * DbConfig#home}, the one rule the database follows too). It keeps {@code db/}, {@code logs/}, {@code results/} and the
 * installed Dhan scrip master.
 */
public final class OptionsV4Home {

    /** Environment variable naming the home directory. */
    public static final String VARIABLE = DbConfig.HOME_VARIABLE;

    /** File name of the installed Dhan scrip master inside the home directory. */
    public static final String SCRIP_MASTER = "scrip-master.csv";

    private OptionsV4Home() {}

    /** Returns the home directory for {@code environment}, defaulting under the user's home directory. */
    public static Path resolve(Map<String, String> environment) {
        return DbConfig.home(environment, Path.of(System.getProperty("user.home")));
    }
}
