package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.store.testdata.OwnerProcess;
import io.optionsv4.store.testdata.SampleAnalyses;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After {@code kill -9} of the command that started it, the server stops once its last client has gone. */
class ServerWatchdogIT {

    private static final Duration STOP_WITHIN = Duration.ofSeconds(15);

    @TempDir
    Path home;

    @Test
    void test_watchdog_stopsServerAfterOwnerKilledAndLastClientGone() throws Exception {
        Process owner = startOwner();
        try {
            ProcessHandle postmaster = postmaster();
            Database client = Database.open(DbConfig.embedded(home));
            owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            assertThat(stopsWithin(postmaster, Duration.ofSeconds(2))).isFalse();
            new JdbiAnalysisStore(client.jdbi()).store(SampleAnalyses.analysis("SBIN", SampleAnalyses.DAY));
            client.close();

            assertThat(stopsWithin(postmaster, STOP_WITHIN)).isTrue();
            // the watchdog removes server.port after it has seen the postmaster exit, a poll later than this JVM may
            assertThat(goneWithin(home.resolve("db/server.port"), STOP_WITHIN)).isTrue();
        } finally {
            owner.destroyForcibly();
        }
        try (Database again = Database.open(DbConfig.embedded(home))) {
            assertThat(new JdbiAnalysisStore(again.jdbi()).symbols(SampleAnalyses.DAY))
                    .containsExactly("SBIN");
        }
    }

    private Process startOwner() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process owner = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        OwnerProcess.class.getName(),
                        home.toString())
                .redirectErrorStream(true)
                .start();
        var reader = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        assertThat(line).as("owner output").startsWith("open ");
        return owner;
    }

    private ProcessHandle postmaster() throws Exception {
        String first = Files.readAllLines(home.resolve("db/pgdata/postmaster.pid"))
                .get(0)
                .strip();
        return ProcessHandle.of(Long.parseLong(first)).orElseThrow();
    }

    private static boolean goneWithin(Path file, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (Files.exists(file)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private static boolean stopsWithin(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
