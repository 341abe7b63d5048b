package io.optionsv4.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.optionsv4.core.result.StoreException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * An open database: the embedded PostgreSQL of {@code OPTIONS_V4_HOME} or a production PostgreSQL, migrated to the
 * current schema, with a HikariCP pool and a {@link Jdbi} over it.
 *
 * <p>{@link #open} starts (or attaches to) the embedded server on demand and runs the Flyway migrations of {@code
 * db/migration}; {@link #close} closes the pool and lets the embedded server stop once no other command uses it. A
 * shutdown hook closes a database the caller forgot to close. Thread-safe.
 */
public final class Database implements AutoCloseable {

    private static final int POOL_SIZE = 4;

    /**
     * How long a command waits for a pooled connection, and for a new TCP connection, before failing (HikariCP {@code
     * connectionTimeout}, driver {@code connectTimeout}): a database that went away fails the store within seconds.
     */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    /** How long the server may run one statement ({@code statement_timeout}); the longest write is one symbol. */
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(60);

    /** How long the driver waits for any reply of the server ({@code socketTimeout}), above the statement timeout. */
    public static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(90);

    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(3);

    private final DbConfig config;
    private final HikariDataSource dataSource;
    private final Optional<EmbeddedServer> server;
    private final Jdbi jdbi;
    private final Thread shutdownHook;
    private boolean closed;

    private Database(DbConfig config, HikariDataSource dataSource, Optional<EmbeddedServer> server) {
        this.config = config;
        this.dataSource = dataSource;
        this.server = server;
        this.jdbi = Jdbi.create(dataSource);
        this.shutdownHook = new Thread(this::close, "options-v4-db-close");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Opens the database {@code config} names and migrates it.
     *
     * @throws StoreException when the server cannot be started, reached or migrated; the message never shows a password
     * @throws IllegalArgumentException when the production URL is malformed
     */
    public static Database open(DbConfig config) {
        return open(config, true);
    }

    /**
     * Opens the database {@code config} names and migrates it; with {@code synchronousCommit} false, a commit returns
     * before its WAL record is flushed to disk ({@code synchronous_commit = off}): a crash may lose the last
     * transactions, never corrupt the data. Only for scratch data whose loss does not matter, e.g. a backtest's
     * workspace schema, which is dropped after the run and not stored when the run fails.
     *
     * @throws StoreException when the server cannot be started, reached or migrated; the message never shows a password
     * @throws IllegalArgumentException when the production URL is malformed
     */
    public static Database open(DbConfig config, boolean synchronousCommit) {
        Optional<EmbeddedServer> server = config.isEmbedded()
                ? Optional.of(EmbeddedServer.open(config.databaseDirectory(), config.lockWait()))
                : Optional.empty();
        try {
            HikariDataSource dataSource = pool(config, server, synchronousCommit);
            try {
                migrate(dataSource, config);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
            return new Database(config, dataSource, server);
        } catch (RuntimeException e) {
            server.ifPresent(EmbeddedServer::close);
            throw e;
        }
    }

    /** Returns the JDBI handle factory over the pool. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Returns the pooled data source. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Returns where the database is, with any password masked. */
    public String description() {
        return config.toString();
    }

    /** Closes the pool; the embedded server stops when this command started it and no other command still uses it. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: this is the hook
        }
        dataSource.close();
        server.ifPresent(EmbeddedServer::close);
    }

    private static HikariDataSource pool(DbConfig config, Optional<EmbeddedServer> server, boolean synchronousCommit) {
        HikariConfig hikari = new HikariConfig();
        if (server.isPresent()) {
            hikari.setJdbcUrl(server.get().jdbcUrl());
            hikari.setUsername(server.get().user());
            hikari.setPassword(server.get().password());
        } else {
            ConnectionUrl url = ConnectionUrl.parse(config.url().orElseThrow());
            hikari.setJdbcUrl(url.jdbcUrl());
            config.user().or(url::user).ifPresent(hikari::setUsername);
            config.password().or(url::password).ifPresent(hikari::setPassword);
        }
        config.schema().ifPresent(hikari::setSchema);
        hikari.setMaximumPoolSize(POOL_SIZE);
        hikari.setMinimumIdle(1);
        hikari.setPoolName("options-v4");
        hikari.setInitializationFailTimeout(1);
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        hikari.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        hikari.addDataSourceProperty("connectTimeout", Long.toString(CONNECTION_TIMEOUT.toSeconds()));
        hikari.addDataSourceProperty("socketTimeout", Long.toString(SOCKET_TIMEOUT.toSeconds()));
        hikari.addDataSourceProperty("tcpKeepAlive", "true");
        // a batch of inserts reaches the server as multi-row inserts: one statement to parse, plan and run per up to
        // 128 rows instead of one per row (an analysis writes a dozen tables' rows per symbol; the pipeline stores the
        // symbols one after the other on one thread, so this was its critical path)
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        hikari.addDataSourceProperty(
                "options",
                "-c statement_timeout=" + STATEMENT_TIMEOUT.toMillis()
                        + (synchronousCommit ? "" : " -c synchronous_commit=off"));
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the database " + config + ": " + SqlErrors.reason(e), e);
        }
    }

    private static void migrate(DataSource dataSource, DbConfig config) {
        try {
            var flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .createSchemas(true);
            config.schema().ifPresent(flyway::schemas);
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the database " + config + ": " + e.getMessage(), e);
        }
    }
}
