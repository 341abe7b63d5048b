package io.optionsv4.store;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A small process that stops the embedded server when the command that started it (the owner) dies without stopping
 * it, e.g. after {@code kill -9}. The owner starts it right after the server; it polls every {@link #POLL} whether the
 * owner is alive. When the owner is gone but the server still runs, it takes the owner's place in the lock protocol
 * ({@code start.lock}, then {@code server.lock}), waits until no client command holds {@code clients.lock}, stops the
 * server (smart shutdown, SIGTERM) and exits. It exits at once when the server has stopped by other means. So the
 * server outlives its last command by at most about one poll interval plus its shutdown time.
 */
public final class ServerWatchdog {

    /** How often the watchdog looks at the owner. */
    static final Duration POLL = Duration.ofMillis(500);

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private ServerWatchdog() {}

    /**
     * Starts a watchdog process for the server {@code postmaster} of {@code directory}, owned by this JVM.
     *
     * @return the watchdog process, or empty when it could not be started (the next command then stops the orphan)
     */
    static Optional<Process> start(Path directory, long postmaster) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx24m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ServerWatchdog.class.getName(),
                directory.toString(),
                Long.toString(ProcessHandle.current().pid()),
                Long.toString(postmaster));
        try {
            File log = directory.resolve("watchdog.log").toFile();
            return Optional.of(new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Watches one server. Arguments: the database directory, the owner's process id, the postmaster's process id.
     *
     * @param args the three arguments
     */
    public static void main(String[] args) throws InterruptedException {
        Path directory = Path.of(args[0]);
        Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(args[1]));
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(args[2]));
        while (postmaster.isPresent() && postmaster.get().isAlive()) {
            if (owner.isEmpty() || !owner.get().isAlive()) {
                takeOverAndStop(directory, postmaster.get());
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private static void takeOverAndStop(Path directory, ProcessHandle postmaster) {
        FileLock start = FileLocks.exclusive(directory.resolve("start.lock"), Duration.ofDays(1), "watchdog");
        try {
            Optional<FileLock> server = FileLocks.tryExclusive(directory.resolve("server.lock"));
            if (server.isEmpty() || !postmaster.isAlive()) {
                server.ifPresent(FileLocks::release);
                return;
            }
            FileLock noClients = EmbeddedServer.waitForClients(directory);
            try {
                stop(postmaster);
                Files.deleteIfExists(directory.resolve("server.port"));
                System.err.println("watchdog: owner gone, stopped the embedded server " + postmaster.pid());
            } catch (IOException e) {
                System.err.println("watchdog: cannot remove " + directory.resolve("server.port"));
            } finally {
                FileLocks.release(noClients);
                FileLocks.release(server.get());
            }
        } finally {
            FileLocks.release(start);
        }
    }

    /** Asks {@code postmaster} to shut down (SIGTERM) and waits for it to exit. */
    static void stop(ProcessHandle postmaster) {
        postmaster.destroy();
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (postmaster.isAlive() && System.nanoTime() - deadline < 0) {
            FileLocks.pause();
        }
    }
}
