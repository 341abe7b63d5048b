package io.optionsv4.store;

import io.optionsv4.core.result.Checks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database is: the embedded PostgreSQL under {@code $OPTIONS_V4_HOME/db} (the default), or any PostgreSQL
 * named by {@code OPTIONS_V4_DB_URL}.
 *
 * <p>The URL may be a {@code jdbc:postgresql://} URL or a libpq/Supabase connection string ({@code
 * postgresql://user:pass@host:5432/db?sslmode=require}); see {@link ConnectionUrl}. User and password come from {@code
 * OPTIONS_V4_DB_USER} and {@code OPTIONS_V4_DB_PASSWORD} (or from the URL). {@link #toString()} masks the password,
 * also inside the URL.
 *
 * @param url the production database URL, empty for the embedded database
 * @param user the user for the production database, if given apart from the URL
 * @param password the password for the production database, if given apart from the URL; never printed
 * @param home the {@code OPTIONS_V4_HOME} directory; the embedded database lives in {@code home/db}
 * @param schema the schema to migrate and use, empty for the database's default ({@code public}); tests use one each
 * @param lockWait how long to wait for another command starting or stopping the embedded server
 */
public record DbConfig(
        Optional<String> url,
        Optional<String> user,
        Optional<String> password,
        Path home,
        Optional<String> schema,
        Duration lockWait) {

    /** Environment variable holding the production database URL. */
    public static final String URL_VARIABLE = "OPTIONS_V4_DB_URL";
    /** Environment variable holding the production database user. */
    public static final String USER_VARIABLE = "OPTIONS_V4_DB_USER";
    /** Environment variable holding the production database password. */
    public static final String PASSWORD_VARIABLE = "OPTIONS_V4_DB_PASSWORD";
    /** Environment variable naming the home directory (default {@code ~/.options-v4}). */
    public static final String HOME_VARIABLE = "OPTIONS_V4_HOME";
    /** The default time to wait for the embedded server's start lock. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(120);

    /**
     * Validates the configuration.
     *
     * @throws IllegalArgumentException for a blank URL or schema, or a schema that is not a plain lower-case identifier
     */
    public DbConfig {
        Checks.notNull(url, "url");
        url.ifPresent(u -> Checks.notBlank(u, "url"));
        Checks.notNull(user, "user");
        Checks.notNull(password, "password");
        Checks.notNull(home, "home");
        Checks.notNull(schema, "schema");
        schema.ifPresent(s -> Checks.argument(
                s.matches("[a-z_][a-z0-9_]{0,62}"), "schema must be a lower-case SQL identifier but was '" + s + "'"));
        Checks.notNull(lockWait, "lockWait");
        Checks.argument(!lockWait.isNegative(), "lockWait must not be negative but was " + lockWait);
    }

    /** Returns the embedded database kept under {@code home/db}. */
    public static DbConfig embedded(Path home) {
        return new DbConfig(
                Optional.empty(), Optional.empty(), Optional.empty(), home, Optional.empty(), DEFAULT_LOCK_WAIT);
    }

    /**
     * Reads the configuration from an environment: {@code OPTIONS_V4_DB_URL} (and user, password) for a production
     * database, else the embedded one under {@code OPTIONS_V4_HOME}, else under {@code userHome/.options-v4}.
     */
    public static DbConfig fromEnvironment(Map<String, String> environment, Path userHome) {
        return new DbConfig(
                value(environment, URL_VARIABLE),
                value(environment, USER_VARIABLE),
                value(environment, PASSWORD_VARIABLE),
                home(environment, userHome),
                Optional.empty(),
                DEFAULT_LOCK_WAIT);
    }

    /**
     * Returns the Options V4 home directory, the one rule for it: {@code OPTIONS_V4_HOME}, else {@code
     * userHome/.options-v4}. It holds {@code db/} and the application's other state.
     */
    public static Path home(Map<String, String> environment, Path userHome) {
        return value(environment, HOME_VARIABLE).map(Path::of).orElse(userHome.resolve(".options-v4"));
    }

    /** Returns a copy that uses {@code newSchema} instead of the default schema. */
    public DbConfig withSchema(String newSchema) {
        return new DbConfig(url, user, password, home, Optional.of(newSchema), lockWait);
    }

    /** Returns a copy that waits at most {@code wait} for another command holding the embedded server's start lock. */
    public DbConfig withLockWait(Duration wait) {
        return new DbConfig(url, user, password, home, schema, wait);
    }

    /** Returns true when this is the embedded database (no URL given). */
    public boolean isEmbedded() {
        return url.isEmpty();
    }

    /** Returns the embedded database directory, {@code home/db}. */
    public Path databaseDirectory() {
        return home.resolve("db");
    }

    /** Returns the configuration with the password masked, also inside the URL. */
    @Override
    public String toString() {
        return "DbConfig[" + (isEmbedded() ? "embedded " + databaseDirectory() : ConnectionUrl.mask(url.orElseThrow()))
                + ", user=" + user.orElse("-")
                + ", password=" + (password.isPresent() ? "****" : "-")
                + ", schema=" + schema.orElse("public") + "]";
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
