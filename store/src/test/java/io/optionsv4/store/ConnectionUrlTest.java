package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionUrlTest {

    @Test
    void test_parse_supabaseConnectionString() {
        ConnectionUrl url = ConnectionUrl.parse(
                "postgresql://postgres.abc:s3cr%40t@aws-0-ap-south-1.pooler.supabase.com:6543/postgres"
                        + "?sslmode=require");

        assertThat(url.jdbcUrl())
                .isEqualTo("jdbc:postgresql://aws-0-ap-south-1.pooler.supabase.com:6543/postgres?sslmode=require");
        assertThat(url.user()).contains("postgres.abc");
        assertThat(url.password()).contains("s3cr@t");
        assertThat(url.toString()).doesNotContain("s3cr");
    }

    @Test
    void test_parse_sslAddedForRemoteHosts() {
        assertThat(ConnectionUrl.parse("postgres://u:p@db.example.com/trading").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.com:5432/trading?sslmode=require");
        assertThat(ConnectionUrl.parse("jdbc:postgresql://db.example.com:5432/x?ssl=false")
                        .jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.com:5432/x?ssl=false");
        assertThat(ConnectionUrl.parse("jdbc:postgresql://localhost:5432/x").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/x");
    }

    @Test
    void test_parse_otherSchemeRejectedWithPasswordMasked() {
        assertThatThrownBy(() -> ConnectionUrl.parse("mysql://root:hunter2@host/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mysql://root:****@host/db")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void test_mask_passwordWithAtSign() {
        assertThat(ConnectionUrl.mask("postgresql://u:p@ss@db.example.com/x"))
                .isEqualTo("postgresql://u:****@db.example.com/x");
    }

    @Test
    void test_mask_passwordParameter() {
        assertThat(ConnectionUrl.mask("jdbc:postgresql://h/db?user=a&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=****");
    }

    @Test
    void test_parse_rawSlashInPasswordNeverPrinted() {
        String url = "postgresql://optuser:Hunter2/ZebraQuokka@db.example.com/postgres";

        assertThat(ConnectionUrl.mask(url)).isEqualTo("postgresql://optuser:****@db.example.com/postgres");
        assertThat(ConnectionUrl.parse(url).password()).contains("Hunter2/ZebraQuokka");
        assertThat(ConnectionUrl.parse(url).jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.com:5432/postgres?sslmode=require");
    }

    @Test
    void test_dbConfig_fromEnvironmentMasksSecrets() {
        DbConfig config = DbConfig.fromEnvironment(
                Map.of(
                        DbConfig.URL_VARIABLE, "postgresql://u:hunter2@db.example.com/x",
                        DbConfig.USER_VARIABLE, "trader",
                        DbConfig.PASSWORD_VARIABLE, "topsecret"),
                Path.of("/home/u"));

        assertThat(config.isEmbedded()).isFalse();
        assertThat(config.toString()).doesNotContain("hunter2", "topsecret").contains("****", "trader");
        assertThat(config.home()).isEqualTo(Path.of("/home/u/.options-v4"));
    }

    @Test
    void test_dbConfig_embeddedByDefaultUnderHome() {
        DbConfig config = DbConfig.fromEnvironment(Map.of(DbConfig.HOME_VARIABLE, "/data/ov4"), Path.of("/home/u"));

        assertThat(config.isEmbedded()).isTrue();
        assertThat(config.databaseDirectory()).isEqualTo(Path.of("/data/ov4/db"));
        assertThat(config.url()).isEqualTo(Optional.empty());
    }
}
