package io.optionsv4.dhan.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.dhan.testdata.ManualClock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dhan's limits as sliding windows, in memory and in a file shared by limiters (as by processes) of one account. */
class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2025-01-15T04:00:00Z");
    private static final List<RateWindow> ORDERS = RateLimitGroup.orderWindows(10);
    private static final List<RateWindow> ONE_PER_SECOND = List.of(RateWindow.perSecond(1));

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(T0);

    private RateLimiter orders() {
        return new RateLimiter(clock, clock, ORDERS, RateLog.inMemory(RateLimitGroup.ORDER.capacity()));
    }

    private RateLimiter inFile(String name, List<RateWindow> windows, int capacity) {
        return new RateLimiter(clock, clock, windows, RateLog.file(dir.resolve(name), capacity));
    }

    /** Acquires and completes at once; returns the instant the call was allowed. */
    private Instant call(RateLimiter limiter) {
        RateLimiter.Permit permit = limiter.acquire("POST /orders");
        Instant sent = clock.instant();
        limiter.done(permit);
        return sent;
    }

    @Test
    void test_acquire_burstOfTenOrdersWithoutWaiting() {
        RateLimiter limiter = orders();

        for (int i = 0; i < 10; i++) {
            call(limiter);
        }

        assertThat(clock.sleeps()).isEmpty();
        assertThat(clock.instant()).isEqualTo(T0);
    }

    @Test
    void test_acquire_eleventhOrderWaitsUntilTheFirstLeavesTheWindow() {
        RateLimiter limiter = orders();
        call(limiter);
        clock.advance(Duration.ofMillis(300));
        for (int i = 1; i < 10; i++) {
            call(limiter);
        }

        Instant eleventh = call(limiter);
        Instant twelfth = call(limiter);

        assertThat(eleventh).isEqualTo(T0.plusSeconds(1));
        assertThat(twelfth)
                .as("the other nine were sent at 300 ms: they leave the window together")
                .isEqualTo(T0.plusMillis(1_300));
        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(700), Duration.ofMillis(300));
    }

    @Test
    void test_acquire_250OrdersPerMinute() {
        RateLimiter limiter = orders();
        List<Instant> sent = new ArrayList<>();

        for (int i = 0; i < 251; i++) {
            sent.add(call(limiter));
        }

        assertThat(sent.get(249)).as("25 bursts of 10, one a second").isEqualTo(T0.plusSeconds(24));
        assertThat(sent.get(250))
                .as("the 251st waits for the first to leave the minute")
                .isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void test_acquire_refusedWhenTheHourIsUsedUp() {
        RateLimiter limiter = orders();
        for (int i = 0; i < 1_000; i++) {
            call(limiter);
        }
        Instant after = clock.instant();

        assertThatThrownBy(() -> limiter.acquire("POST /orders"))
                .isInstanceOf(DhanApiException.class)
                .hasMessageContaining("POST /orders not sent")
                .hasMessageContaining("1000 per PT1H")
                .satisfies(e -> assertThat(((DhanApiException) e).code()).isEqualTo(DhanErrorCode.DH_904));
        assertThat(clock.instant()).as("no wait for a refusal").isEqualTo(after);
        clock.advance(Duration.ofMinutes(55));
        assertThat(call(limiter))
                .as("within two minutes of the hour's end it waits; the refusal took nothing from the budget")
                .isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void test_acquire_optionChainOncePerThreeSeconds() {
        RateLimiter limiter = new RateLimiter(clock, clock, RateLimitGroup.OPTION_CHAIN.windows());
        call(limiter);
        clock.advance(Duration.ofMillis(1_200));

        call(limiter);
        call(limiter);

        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(1_800), Duration.ofSeconds(3));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-15T04:00:06Z"));
    }

    @Test
    void test_acquire_noWaitAfterIdleTime() {
        RateLimiter limiter = new RateLimiter(clock, clock, RateLimitGroup.OPTION_CHAIN.windows());
        call(limiter);
        clock.advance(Duration.ofSeconds(10));
        call(limiter);

        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void test_acquire_twoLimitersSharingAFileTakeTurns() {
        RateLimiter first = inFile("dhan-1000000001-quote.window", ONE_PER_SECOND, RateLog.capacityFor(1));
        RateLimiter second = inFile("dhan-1000000001-quote.window", ONE_PER_SECOND, RateLog.capacityFor(1));

        call(first);
        call(second);
        call(first);
        clock.advance(Duration.ofMillis(2_500));
        call(second);

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-15T04:00:04.500Z"));
    }

    @Test
    void test_acquire_twoLimitersSharingAFileSendTenInAnySecondTogether() {
        RateLimiter first = inFile("orders.window", ORDERS, RateLimitGroup.ORDER.capacity());
        RateLimiter second = inFile("orders.window", ORDERS, RateLimitGroup.ORDER.capacity());
        List<Instant> sent = new ArrayList<>();

        for (int i = 0; i < 30; i++) {
            sent.add(call(i % 3 == 0 ? first : second));
            clock.advance(Duration.ofMillis(37));
        }

        for (Instant t : sent) {
            assertThat(sent.stream().filter(s -> !s.isAfter(t) && s.isAfter(t.minusSeconds(1))))
                    .as("calls in the second up to " + t)
                    .hasSizeLessThanOrEqualTo(10);
        }
        assertThat(sent.get(9)).as("the first ten in a burst").isEqualTo(T0.plusMillis(9 * 37));
        assertThat(sent.get(10)).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void test_acquire_windowCountsFromTheLastCompletion() {
        RateLimiter first = inFile("dhan-1000000001-quote.window", ONE_PER_SECOND, RateLog.capacityFor(1));
        RateLimiter second = inFile("dhan-1000000001-quote.window", ONE_PER_SECOND, RateLog.capacityFor(1));

        RateLimiter.Permit slow = first.acquire("POST /marketfeed/ltp");
        clock.advance(Duration.ofMillis(90)); // the first call left late or travelled slowly: it completes at 90 ms
        first.done(slow);
        second.acquire("POST /marketfeed/ltp");

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-15T04:00:01.090Z"));
    }

    @Test
    void test_acquire_waitsAgainWhenAnEarlierCallCompletesDuringTheWait() {
        RateLog log = RateLog.inMemory(RateLog.capacityFor(1));
        List<Duration> sleeps = new ArrayList<>();
        RateLimiter first = new RateLimiter(clock, clock, ONE_PER_SECOND, log);
        RateLimiter.Permit slow = first.acquire("POST /marketfeed/ltp");
        Sleeper completingMeanwhile = d -> {
            sleeps.add(d);
            if (sleeps.size() == 1) {
                clock.advance(Duration.ofMillis(400));
                first.done(slow); // completes at 400 ms, while the second call waits
                clock.advance(d.minusMillis(400));
            } else {
                clock.advance(d);
            }
        };
        RateLimiter second = new RateLimiter(clock, completingMeanwhile, ONE_PER_SECOND, log);

        second.acquire("POST /marketfeed/ltp");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(400));
        assertThat(clock.instant()).isEqualTo(T0.plusMillis(1_400));
    }

    @Test
    void test_acquire_independentInMemoryLimitersDoNotSeeEachOther() {
        RateLimiter first = new RateLimiter(clock, clock, ONE_PER_SECOND);
        RateLimiter second = new RateLimiter(clock, clock, ONE_PER_SECOND);

        call(first);
        call(second);

        assertThat(clock.sleeps()).as("what the shared file prevents").isEmpty();
    }

    @Test
    void test_acquire_fileHoldsTheCallInstants() throws IOException {
        Path file = dir.resolve("budget/dhan-x-data.window");
        RateLimiter limiter = new RateLimiter(clock, clock, RateLimitGroup.DATA.windows(), RateLog.file(file, 5));

        limiter.acquire("POST /charts/historical");
        clock.advance(Duration.ofMillis(20));
        limiter.acquire("POST /charts/historical");

        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        assertThat(bytes.getLong(8)).as("capacity").isEqualTo(5);
        assertThat(bytes.getLong(16)).as("calls logged").isEqualTo(2);
        assertThat(RateLog.instant(bytes.getLong(24))).isEqualTo(T0);
        assertThat(RateLog.instant(bytes.getLong(32))).isEqualTo(T0.plusMillis(20));
    }

    @Test
    void test_acquire_staleCorruptOrOldFileIsAFreshBudget() throws IOException {
        RateLimiter seeded = inFile("stale.window", ONE_PER_SECOND, 1);
        seeded.acquire("x");
        ByteBuffer stale = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("stale.window")));
        stale.putLong(24, RateLog.nanos(T0.plus(Duration.ofDays(1))));
        Files.write(dir.resolve("stale.window"), stale.array());
        Files.write(dir.resolve("corrupt.window"), new byte[] {1, 2, 3});
        Files.write(
                dir.resolve("old.window"),
                ByteBuffer.allocate(16)
                        .putLong(0, RateLog.nanos(T0.plus(Duration.ofMinutes(1))))
                        .array());
        ByteBuffer truncated = ByteBuffer.allocate(24).putLong(0, 0x4448_414E_5241_5401L);
        truncated.putLong(8, 1).putLong(16, 5);
        Files.write(dir.resolve("truncated.window"), truncated.array());

        inFile("stale.window", ONE_PER_SECOND, 1).acquire("x");
        inFile("corrupt.window", ONE_PER_SECOND, 1).acquire("x");
        inFile("old.window", ONE_PER_SECOND, 1).acquire("x");
        inFile("truncated.window", ONE_PER_SECOND, 1).acquire("x");

        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void test_limiter_refusesALogSmallerThanItsWindows() {
        assertThatThrownBy(() -> new RateLimiter(clock, clock, ORDERS, RateLog.inMemory(20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7000");
    }

    @Test
    void test_budgetFile_perClientAndGroup() {
        assertThat(DhanRestClient.budgetFile("1000000001", RateLimitGroup.OPTION_CHAIN))
                .isEqualTo("dhan-1000000001-option-chain.window");
        assertThat(DhanRestClient.budgetFile("../x", RateLimitGroup.QUOTE)).isEqualTo("dhan-___x-quote.window");
    }
}
