package io.optionsv4.dhan.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(3));

    @Test
    void test_backoff_doublesWithEqualJitter() {
        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.backoff(1, 0.999_999)).isBetween(Duration.ofMillis(499), Duration.ofMillis(500));
        assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    void test_backoff_cappedAtMax() {
        assertThat(policy.backoff(4, 0.0)).isEqualTo(Duration.ofMillis(1_500));
        assertThat(policy.backoff(60, 0.0)).isEqualTo(Duration.ofMillis(1_500));
        assertThat(policy.backoff(Integer.MAX_VALUE, 0.5)).isEqualTo(Duration.ofMillis(2_250));
    }

    @Test
    void test_new_rejectsBadValues() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1)))
                .hasMessageContaining("maxAttempts must be > 0");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("must not be below initialBackoff");
        assertThatThrownBy(() -> policy.backoff(1, 1.0)).hasMessageContaining("unitRandom");
    }
}
