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
 * <p>A server left running by a killed owner (its {@code postmaster.pid} names a live process while nobody holds
 * {@code server.lock}) is stopped before a new one starts.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final Path directory;
    private final Duration lockWait;
    private final int port;
    private final Optional<EmbeddedPostgres> postgres;
    private final FileLock role;
    private boolean closed;

    private EmbeddedServer(
            Path directory, Duration lockWait, int port, Optional<EmbeddedPostgres> postgres, FileLock role) {
        this.directory = directory;
        this.lockWait = lockWait;
        this.port = port;
        this.postgres = postgres;
        this.role = role;
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
                    FileLocks.sharedSlot(directory.resolve("clients.lock")));
        } finally {
            FileLocks.release(start);
        }
    }

    /** Returns the JDBC URL of the server's {@code postgres} database. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Returns the superuser the embedded server trusts. */
    String user() {
        return "postgres";
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
            FileLock noClients = waitForClients();
            try {
                postgres.get().close();
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

    private FileLock waitForClients() {
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
            stopOrphan(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "on")
                    .start();
            Files.writeString(directory.resolve("server.port"), Integer.toString(postgres.getPort()));
            return new EmbeddedServer(directory, lockWait, postgres.getPort(), Optional.of(postgres), serverLock);
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

    private static void stopOrphan(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        Optional<ProcessHandle> orphan =
                first.matches("\\d+") ? ProcessHandle.of(Long.parseLong(first)) : Optional.empty();
        boolean isPostgres = orphan.flatMap(p -> p.info().command())
                .map(c -> c.contains("postgres"))
                .orElse(false);
        if (isPostgres && orphan.get().isAlive()) {
            orphan.get().destroy();
            long deadline = System.nanoTime() + ORPHAN_STOP_WAIT.toNanos();
            while (orphan.get().isAlive() && System.nanoTime() - deadline < 0) {
                FileLocks.pause();
            }
        }
    }
}
