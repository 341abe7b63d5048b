package io.optionsv4.dhan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.dhan.testdata.ManualClock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spacing of calls, in memory and in a file shared by limiters (as by processes) of one account. */
class RateLimiterTest {

    @TempDir
    Path dir;

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

    @Test
    void test_acquire_twoLimitersSharingAFileTakeTurns() {
        Path file = dir.resolve("dhan-1000000001-quote.slot");
        RateLimiter first = new RateLimiter(clock, clock, Duration.ofSeconds(1), RateSlots.file(file));
        RateLimiter second = new RateLimiter(clock, clock, Duration.ofSeconds(1), RateSlots.file(file));

        first.acquire();
        second.acquire();
        first.acquire();
        clock.advance(Duration.ofMillis(2_500));
        second.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-15T04:00:04.500Z"));
    }

    @Test
    void test_acquire_startsOneIntervalAfterTheLastCompletion() {
        Path file = dir.resolve("dhan-1000000001-quote.slot");
        RateLimiter first = new RateLimiter(clock, clock, Duration.ofSeconds(1), RateSlots.file(file));
        RateLimiter second = new RateLimiter(clock, clock, Duration.ofSeconds(1), RateSlots.file(file));

        first.acquire();
        clock.advance(Duration.ofMillis(90)); // the first call left late or travelled slowly: it completes at 90 ms
        first.done();
        second.acquire();

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-15T04:00:01.090Z"));
    }

    @Test
    void test_acquire_independentInMemoryLimitersDoNotSeeEachOther() {
        RateLimiter first = new RateLimiter(clock, clock, Duration.ofSeconds(1));
        RateLimiter second = new RateLimiter(clock, clock, Duration.ofSeconds(1));

        first.acquire();
        second.acquire();

        assertThat(clock.sleeps()).as("what the shared file prevents").isEmpty();
    }

    @Test
    void test_acquire_fileHoldsTheNextFreeInstant() throws IOException {
        Path file = dir.resolve("budget/dhan-x-data.slot");
        RateLimiter limiter = new RateLimiter(clock, clock, Duration.ofMillis(200), RateSlots.file(file));

        limiter.acquire();

        long nanos = ByteBuffer.wrap(Files.readAllBytes(file)).getLong();
        assertThat(Instant.ofEpochSecond(0, nanos)).isEqualTo(Instant.parse("2025-01-15T04:00:00.200Z"));
    }

    @Test
    void test_acquire_staleOrCorruptFileIsAFreshBudget() throws IOException {
        Path stale = dir.resolve("stale.slot");
        Files.write(
                stale,
                ByteBuffer.allocate(8)
                        .putLong(0, Instant.parse("2025-01-16T04:00:00Z").getEpochSecond() * 1_000_000_000L)
                        .array());
        Path corrupt = dir.resolve("corrupt.slot");
        Files.write(corrupt, new byte[] {1, 2, 3});

        new RateLimiter(clock, clock, Duration.ofSeconds(3), RateSlots.file(stale)).acquire();
        new RateLimiter(clock, clock, Duration.ofSeconds(3), RateSlots.file(corrupt)).acquire();

        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void test_slotFile_perClientAndGroup() {
        assertThat(DhanRestClient.slotFile("1000000001", RateLimitGroup.OPTION_CHAIN))
                .isEqualTo("dhan-1000000001-option-chain.slot");
        assertThat(DhanRestClient.slotFile("../x", RateLimitGroup.QUOTE)).isEqualTo("dhan-___x-quote.slot");
    }
}
