package io.optionsv4.dhan.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DhanConfigTest {

    private static final String TOKEN = "eyJhbGciOiJIUzUxMiJ9.secret";

    @Test
    void test_new_plainHttpBaseUrlRefusedUnlessLoopback() {
        DhanConfig config = DhanConfig.of("1000000001", "secret-token");

        assertThatThrownBy(() -> config.withBaseUrl(URI.create("http://api.dhan.co/v2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing the plain-http Dhan base URL")
                .hasMessageNotContaining("secret-token");
        assertThat(config.withBaseUrl(URI.create("http://127.0.0.1:8080/v2"))
                        .baseUrl()
                        .getHost())
                .isEqualTo("127.0.0.1");
        assertThat(config.withBaseUrl(URI.create("https://sandbox.dhan.co/v2"))
                        .baseUrl()
                        .getScheme())
                .isEqualTo("https");
    }

    @Test
    void test_toString_masksToken() {
        DhanConfig config = DhanConfig.of("1000000001", TOKEN);

        assertThat(config.toString())
                .doesNotContain(TOKEN)
                .contains("accessToken=****")
                .contains("1000000001");
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.dhan.co/v2"));
    }

    @Test
    void test_new_dropsTrailingSlashAndValidates() {
        DhanConfig config = DhanConfig.of("1000000001", TOKEN).withBaseUrl(URI.create("http://127.0.0.1:8080/v2/"));

        assertThat(config.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/v2"));
        assertThatThrownBy(() -> DhanConfig.of("1000000001", " ")).hasMessage("accessToken must not be blank");
        assertThatThrownBy(() -> config.withBaseUrl(URI.create("ftp://x/v2"))).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> config.withRequestTimeout(Duration.ZERO)).hasMessageContaining("requestTimeout");
    }
}
