package io.optionsv4.dhan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.dhan.testdata.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-15T04:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(clock, clock, Duration.ofSeconds(3));

    @Test
    void test_acquire_firstCallImmediate() {
        limiter.acquire();

        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void test_acquire_waitsOutTheRestOfTheInterval() {
        limiter.acquire();
        clock.advance(Duration.ofMillis(1_200));
        limiter.acquire();
        limiter.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(1_800), Duration.ofSeconds(3));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-15T04:00:06Z"));
    }

    @Test
    void test_acquire_noWaitAfterIdleTime() {
        limiter.acquire();
        clock.advance(Duration.ofSeconds(10));
        limiter.acquire();

        assertThat(clock.sleeps()).isEmpty();
    }
}
