package io.optionsv4.store;

import io.optionsv4.core.result.StoreException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded PostgreSQL 17 of one {@code OPTIONS_V4_HOME}, shared by every command that runs at the same time.
 *
 * <p>Lock protocol, all files in {@code home/db}: {@code start.lock} is held exclusively while a command starts,
 * attaches to or stops the server; {@code server.lock} is held by the command that started the server (the owner) for
 * as long as the server runs, and {@code server.port} says where it listens; every other command (a client) holds a
 * shared lock on one byte of {@code clients.lock}. When the owner closes, it waits until no client holds {@code
 * clients.lock}, then stops the server; a command that arrives meanwhile waits on {@code start.lock} and then starts
 * the server itself. The data stays in {@code home/db/pgdata} across runs.
 *
 * <p>Durable and private: the server runs with {@code synchronous_commit=on} and {@code fsync=on} (a commit the
 * client saw survives a crash of the server or the machine), listens on 127.0.0.1 only and asks every connection for
 * the random password of {@code db/password} ({@link ServerCredentials}; a cluster of an older version that trusted
 * local connections is migrated on start).
 *
 * <p>A server left running by a killed owner is stopped by the owner's {@link ServerWatchdog} once the last client has
 * gone (within about a second), or, should the watchdog be gone too, by the next command: its {@code postmaster.pid}
 * names a live process while nobody holds {@code server.lock}, so it is stopped (after its clients) before a new one
 * starts.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path directory;
    private final Duration lockWait;
    private final int port;
    private final Optional<EmbeddedPostgres> postgres;
    private final FileLock role;
    private final Optional<Process> watchdog;
    private boolean closed;

    private EmbeddedServer(
            Path directory,
            Duration lockWait,
            int port,
            Optional<EmbeddedPostgres> postgres,
            FileLock role,
            Optional<Process> watchdog) {
        this.directory = directory;
        this.lockWait = lockWait;
        this.port = port;
        this.postgres = postgres;
        this.role = role;
        this.watchdog = watchdog;
    }

    /**
     * Starts the server of {@code directory}, or attaches to the one another command started.
     *
     * @throws StoreException when the start lock stays held longer than {@code lockWait} or the server cannot start
     */
    static EmbeddedServer open(Path directory, Duration lockWait) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the database directory " + directory, e);
        }
        FileLock start = FileLocks.exclusive(
                directory.resolve("start.lock"),
                lockWait,
                "another options-v4 command is starting or stopping the database in " + directory);
        try {
            Optional<FileLock> server = FileLocks.tryExclusive(directory.resolve("server.lock"));
            if (server.isPresent()) {
                return startOwned(directory, lockWait, server.get());
            }
            int port = readPort(directory);
            return new EmbeddedServer(
                    directory,
                    lockWait,
                    port,
                    Optional.empty(),
                    FileLocks.sharedSlot(directory.resolve("clients.lock")),
                    Optional.empty());
        } finally {
            FileLocks.release(start);
        }
    }

    /** Returns the JDBC URL of the server's {@code postgres} database, on the loopback address it listens on. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Returns the superuser of the embedded cluster. */
    String user() {
        return ServerCredentials.USER;
    }

    /** Returns the password of {@link #user()}, read from {@code db/password}; never print it. */
    String password() {
        return ServerCredentials.of(directory).password();
    }

    /** Returns true when this command started the server (and stops it on close). */
    boolean isOwner() {
        return postgres.isPresent();
    }

    /** Stops the server when this command owns it, after every client has gone; a client just detaches. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (postgres.isEmpty()) {
            FileLocks.release(role);
            return;
        }
        FileLock start = FileLocks.exclusive(
                directory.resolve("start.lock"), lockWait, "another options-v4 command holds the database lock");
        try {
            FileLock noClients = waitForClients(directory);
            try {
                postgres.get().close();
                watchdog.ifPresent(Process::destroy);
                Files.deleteIfExists(directory.resolve("server.port"));
            } catch (IOException e) {
                throw new StoreException("cannot stop the embedded database in " + directory, e);
            } finally {
                FileLocks.release(noClients);
                FileLocks.release(role);
            }
        } finally {
            FileLocks.release(start);
        }
    }

    /** Waits until no client holds {@code clients.lock} of {@code directory}; returns the exclusive lock on it. */
    static FileLock waitForClients(Path directory) {
        Path clients = directory.resolve("clients.lock");
        while (true) {
            Optional<FileLock> lock = FileLocks.tryExclusive(clients);
            if (lock.isPresent()) {
                return lock.get();
            }
            FileLocks.pause();
        }
    }

    private static EmbeddedServer startOwned(Path directory, Duration lockWait, FileLock serverLock) {
        try {
            Path data = directory.resolve("pgdata");
            stopOrphan(directory, data);
            ServerCredentials credentials = ServerCredentials.of(directory);
            boolean fresh = !Files.exists(data.resolve("postgresql.conf"));
            boolean trusting = !fresh && ServerCredentials.trusts(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", credentials.password())
                    .setDataDirectoryCustomizer(d -> {
                        if (!trusting) {
                            ServerCredentials.writeHba(data);
                        }
                    });
            if (fresh) {
                // appended after zonky's "-A trust": initdb takes the last method given and the password from the file
                builder.setLocaleConfig("pwfile", credentials.file().toString())
                        .setLocaleConfig("auth-local", "scram-sha-256")
                        .setLocaleConfig("auth-host", "scram-sha-256");
            }
            EmbeddedPostgres postgres = builder.start();
            if (trusting) {
                credentials.migrateTrusting(data, postgres.getPort());
            }
            Files.writeString(directory.resolve("server.port"), Integer.toString(postgres.getPort()));
            Optional<Process> watchdog = postmasterPid(data).flatMap(pid -> ServerWatchdog.start(directory, pid));
            return new EmbeddedServer(
                    directory, lockWait, postgres.getPort(), Optional.of(postgres), serverLock, watchdog);
        } catch (IOException | RuntimeException e) {
            FileLocks.release(serverLock);
            throw new StoreException("cannot start the embedded PostgreSQL in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static int readPort(Path directory) {
        Path file = directory.resolve("server.port");
        try {
            return Integer.parseInt(
                    Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            throw new StoreException(
                    "another options-v4 command holds the database in " + directory + " but " + file
                            + " does not say where it listens",
                    e);
        }
    }

    private static Optional<Long> postmasterPid(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String first =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        return first.matches("\\d{1,18}") ? Optional.of(Long.parseLong(first)) : Optional.empty();
    }

    private static void stopOrphan(Path directory, Path data) throws IOException {
        Optional<ProcessHandle> orphan = postmasterPid(data).flatMap(ProcessHandle::of);
        boolean isPostgres = orphan.flatMap(p -> p.info().command())
                .map(c -> c.contains("postgres"))
                .orElse(false);
        if (isPostgres && orphan.get().isAlive()) {
            FileLock noClients = waitForClients(directory);
            try {
                ServerWatchdog.stop(orphan.get());
            } finally {
                FileLocks.release(noClients);
            }
        }
    }
}
