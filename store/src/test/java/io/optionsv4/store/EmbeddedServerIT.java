package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.result.StoreException;
import io.optionsv4.store.testdata.OtherProcess;
import io.optionsv4.store.testdata.SampleAnalyses;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's life cycle on a home of its own: first use, data kept across runs, two handles at once. */
class EmbeddedServerIT {

    @TempDir
    Path home;

    @Test
    void test_open_startLockHeldTooLongSaysWhoHoldsIt() throws Exception {
        Files.createDirectories(home.resolve("db"));
        FileLock held = FileLocks.exclusive(home.resolve("db/start.lock"), Duration.ZERO, "test");
        try {
            assertThatThrownBy(() -> Database.open(DbConfig.embedded(home).withLockWait(Duration.ofMillis(200))))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("another options-v4 command is starting or stopping the database in")
                    .hasMessageContaining("try again when it has finished");
        } finally {
            FileLocks.release(held);
        }
    }

    @Test
    void test_open_anotherProcessAttachesToTheRunningServer() throws Exception {
        try (Database owner = Database.open(DbConfig.embedded(home))) {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process other = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            OtherProcess.class.getName(),
                            home.toString(),
                            "INFY")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).as(output).isZero();
            assertThat(output).contains("stored INFY");
            assertThat(new JdbiAnalysisStore(owner.jdbi()).symbols(SampleAnalyses.DAY))
                    .containsExactly("INFY");
        }
    }

    @Test
    void test_open_freshHomeMigratedKeptAcrossRunsAndSharedByTwoHandles() throws Exception {
        DbConfig config = DbConfig.embedded(home);
        try (Database first = Database.open(config)) {
            new JdbiAnalysisStore(first.jdbi()).store(SampleAnalyses.analysis("RELIANCE", SampleAnalyses.DAY));
            assertThat(Files.exists(home.resolve("db/pgdata/PG_VERSION"))).isTrue();
            assertThat(Files.readString(home.resolve("db/pgdata/PG_VERSION")).strip())
                    .isEqualTo("17");

            Database second = Database.open(config);
            assertThat(new JdbiAnalysisStore(second.jdbi()).symbols(SampleAnalyses.DAY))
                    .containsExactly("RELIANCE");
            CompletableFuture<Void> ownerClosing = CompletableFuture.runAsync(first::close);
            new JdbiAnalysisStore(second.jdbi()).store(SampleAnalyses.analysis("TCS", SampleAnalyses.DAY));
            assertThat(ownerClosing).isNotDone();
            second.close();
            ownerClosing.get(30, TimeUnit.SECONDS);
        }
        assertThat(Files.exists(home.resolve("db/server.port"))).isFalse();

        try (Database again = Database.open(config)) {
            assertThat(new JdbiAnalysisStore(again.jdbi()).symbols(SampleAnalyses.DAY))
                    .containsExactly("RELIANCE", "TCS");
        }
    }
}
