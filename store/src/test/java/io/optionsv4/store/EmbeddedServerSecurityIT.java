package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.store.testdata.SampleAnalyses;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server is durable and private: synchronous commits, loopback only, a password for every connection. */
class EmbeddedServerSecurityIT {

    @TempDir
    Path home;

    @Test
    void test_open_commitsAreSynchronousAndServerListensOnLoopbackOnly() {
        try (Database database = Database.open(DbConfig.embedded(home))) {
            assertThat(setting(database, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(database, "fsync")).isEqualTo("on");
            assertThat(setting(database, "listen_addresses")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void test_open_freshHomeNeedsThePasswordOfAPrivateFile() throws Exception {
        try (Database database = Database.open(DbConfig.embedded(home))) {
            Path password = home.resolve("db/password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password)))
                    .isEqualTo("rw-------");
            assertThat(ServerCredentials.trusts(home.resolve("db/pgdata"))).isFalse();
            assertThat(Files.readString(home.resolve("db/pgdata/pg_hba.conf"))).doesNotContainIgnoringCase("trust");
            int port = port();

            assertThatThrownBy(() -> connect(port, null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(port, "wrong")).isInstanceOf(SQLException.class);
            try (Connection c = connect(port, Files.readString(password).strip())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void test_open_trustingHomeOfAnOlderVersionIsMigratedWithoutLosingData() throws Exception {
        Path data = home.resolve("db/pgdata");
        Files.createDirectories(data);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start()) {
            try (Connection c = old.getPostgresDatabase().getConnection()) {
                c.createStatement()
                        .execute("CREATE SCHEMA legacy; CREATE TABLE legacy.kept (v int); "
                                + "INSERT INTO legacy.kept VALUES (42)");
            }
        }
        assertThat(ServerCredentials.trusts(data)).isTrue();

        try (Database database = Database.open(DbConfig.embedded(home))) {
            new JdbiAnalysisStore(database.jdbi()).store(SampleAnalyses.analysis("INFY", SampleAnalyses.DAY));
            Integer kept = database.jdbi()
                    .withHandle(h -> h.createQuery("SELECT v FROM legacy.kept")
                            .mapTo(Integer.class)
                            .one());
            assertThat(kept).isEqualTo(42);
            assertThatThrownBy(() -> connect(port(), null)).isInstanceOf(SQLException.class);
        }
        assertThat(ServerCredentials.trusts(data)).isFalse();
        try (Database again = Database.open(DbConfig.embedded(home))) {
            assertThat(new JdbiAnalysisStore(again.jdbi()).symbols(SampleAnalyses.DAY))
                    .containsExactly("INFY");
        }
    }

    private int port() throws Exception {
        return Integer.parseInt(Files.readString(home.resolve("db/server.port")).strip());
    }

    private static String setting(Database database, String name) {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT current_setting('" + name + "')")
                        .mapTo(String.class)
                        .one());
    }

    private static Connection connect(int port, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }
}
