package io.optionsv4.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.dhan.broker.DhanBrokerSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DhanAccountTest {

    @TempDir
    Path home;

    @Test
    void test_environment_overridesPointTheAdaptersElsewhere() {
        DhanAccount account = new DhanAccount(Map.of(
                OptionsV4Home.VARIABLE,
                home.toString(),
                "DHAN_CLIENT_ID",
                "1000000001",
                "DHAN_ACCESS_TOKEN",
                "token",
                "DHAN_BASE_URL",
                "http://127.0.0.1:9/v2",
                "DHAN_ORDER_UPDATES_URL",
                "ws://127.0.0.1:8",
                "DHAN_FEED_URL",
                "ws://127.0.0.1:7"));

        assertThat(account.hasCredentials()).isTrue();
        assertThat(account.config().baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9/v2"));
        assertThat(account.brokerSettings().orderUpdates()).contains(URI.create("ws://127.0.0.1:8"));
        assertThat(account.feedUrl()).contains(URI.create("ws://127.0.0.1:7"));
        assertThat(account.scripMaster()).isEmpty();
        assertThat(account.scripMasterFile()).isEqualTo(home.resolve("scrip-master.csv"));
    }

    @Test
    void test_defaults_areDhansProductionAndMissingCredentialsAreRefused() {
        DhanAccount account = new DhanAccount(Map.of(OptionsV4Home.VARIABLE, home.toString(), "DHAN_CLIENT_ID", "1"));

        assertThat(account.hasCredentials()).isFalse();
        assertThat(account.brokerSettings()).isEqualTo(DhanBrokerSettings.DEFAULT);
        assertThat(account.feedUrl()).isEmpty();
        assertThatThrownBy(account::config).hasMessageContaining("DHAN_ACCESS_TOKEN");
        DhanAccount full = new DhanAccount(
                Map.of(OptionsV4Home.VARIABLE, home.toString(), "DHAN_CLIENT_ID", "1", "DHAN_ACCESS_TOKEN", "t"));
        assertThat(full.config().baseUrl().getHost()).isEqualTo("api.dhan.co");
    }
}
