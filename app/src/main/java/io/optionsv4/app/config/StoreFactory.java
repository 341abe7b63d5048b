package io.optionsv4.app.config;

import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * The composition root's choice of database: the embedded PostgreSQL under {@code $OPTIONS_V4_HOME/db} unless {@code
 * OPTIONS_V4_DB_URL} names a production PostgreSQL ({@link DbConfig#fromEnvironment}). Commands open the database when
 * they need it and close it when done.
 */
public final class StoreFactory {

    private final DbConfig config;

    /**
     * Creates the factory from an environment.
     *
     * @param environment the process environment ({@code OPTIONS_V4_HOME}, {@code OPTIONS_V4_DB_URL}, user, password)
     * @param userHome the user's home directory, for the default {@code ~/.options-v4}
     */
    public StoreFactory(Map<String, String> environment, Path userHome) {
        this(DbConfig.fromEnvironment(environment, userHome));
    }

    /** Creates the factory for an explicit configuration. */
    public StoreFactory(DbConfig config) {
        this.config = config;
    }

    /** Returns the configuration (its {@code toString()} masks secrets). */
    public DbConfig config() {
        return config;
    }

    /**
     * Opens and migrates the database; the caller closes it.
     *
     * @throws io.optionsv4.core.result.StoreException when it cannot be started, reached or migrated
     */
    public Database open() {
        return Database.open(config);
    }
}
