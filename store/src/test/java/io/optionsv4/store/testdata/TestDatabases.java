package io.optionsv4.store.testdata;

import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test JVM's one embedded PostgreSQL, started on first use in a temporary home and kept until the JVM exits; each
 * test gets a fresh schema migrated with the production migrations.
 */
public final class TestDatabases {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static Path home;
    private static Database anchor;

    private TestDatabases() {}

    /** Returns the temporary home the shared server lives in. */
    public static synchronized Path home() {
        if (home == null) {
            try {
                home = Files.createTempDirectory("options-v4-store-it");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            anchor = Database.open(DbConfig.embedded(home));
        }
        return home;
    }

    /** Opens a database on the shared server in a new, migrated schema; the caller closes it. */
    public static Database fresh() {
        return Database.open(DbConfig.embedded(home()).withSchema("t" + SCHEMAS.incrementAndGet()));
    }

    /** Returns the database of the shared server's public schema; never close it. */
    public static synchronized Database shared() {
        home();
        return anchor;
    }
}
