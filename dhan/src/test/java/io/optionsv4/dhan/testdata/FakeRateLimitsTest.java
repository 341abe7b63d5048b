package io.optionsv4.dhan.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.dhan.testdata.FakeRateLimits.ApiClass;
import io.optionsv4.dhan.testdata.FakeRateLimits.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dhan's rate-limit table as the fake enforces it, with jitter and the blocked state. */
class FakeRateLimitsTest {

    private static final Instant T0 = Instant.parse("2025-01-15T05:00:00Z");

    private final FakeRateLimits limits = new FakeRateLimits(FakeRateLimits.Settings.DEFAULT);

    @Test
    void test_admit_optionChainOncePerThreeSeconds() {
        assertThat(limits.admit(ApiClass.OPTION_CHAIN, T0)).isEmpty();
        assertThat(limits.admit(ApiClass.OPTION_CHAIN, T0.plusMillis(2_999))).contains(Refusal.THROTTLED);
        assertThat(limits.admit(ApiClass.OPTION_CHAIN, T0.plusMillis(3_000))).isEmpty();
    }

    @Test
    void test_admit_dataFivePerSecondSliding() {
        for (int i = 0; i < 5; i++) {
            assertThat(limits.admit(ApiClass.DATA, T0.plusMillis(100L * i))).isEmpty();
        }
        assertThat(limits.admit(ApiClass.DATA, T0.plusMillis(999))).contains(Refusal.THROTTLED);
        assertThat(limits.admit(ApiClass.DATA, T0.plusMillis(1_000))).isEmpty();
    }

    @Test
    void test_admit_ordersPerSecondAndPerMinute() {
        FakeRateLimits orders = new FakeRateLimits(FakeRateLimits.Settings.DEFAULT.withBlocking(1_000, Duration.ZERO));
        int admitted = 0;
        for (int i = 0; i < 300; i++) {
            if (orders.admit(ApiClass.ORDER, T0.plusMillis(100L * i)).isEmpty()) {
                admitted++;
            }
        }
        assertThat(admitted)
                .as("10/s allows all 300 over 30 s, but 250/min does not")
                .isEqualTo(250);
        assertThat(orders.admit(ApiClass.ORDER, T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void test_admit_classesAreIndependent() {
        assertThat(limits.admit(ApiClass.QUOTE, T0)).isEmpty();
        assertThat(limits.admit(ApiClass.OPTION_CHAIN, T0)).isEmpty();
        assertThat(limits.admit(ApiClass.NON_TRADING, T0)).isEmpty();
        assertThat(limits.admit(ApiClass.QUOTE, T0)).contains(Refusal.THROTTLED);
    }

    @Test
    void test_admit_blockedAfterRepeatedRefusals() {
        FakeRateLimits strict =
                new FakeRateLimits(FakeRateLimits.Settings.DEFAULT.withBlocking(3, Duration.ofSeconds(60)));
        strict.admit(ApiClass.QUOTE, T0);
        assertThat(strict.admit(ApiClass.QUOTE, T0.plusMillis(10))).contains(Refusal.THROTTLED);
        assertThat(strict.admit(ApiClass.QUOTE, T0.plusMillis(20))).contains(Refusal.THROTTLED);
        assertThat(strict.admit(ApiClass.QUOTE, T0.plusMillis(30))).contains(Refusal.BLOCKED);

        assertThat(strict.admit(ApiClass.DATA, T0.plusSeconds(30)))
                .as("the whole account")
                .contains(Refusal.BLOCKED);
        assertThat(strict.admit(ApiClass.QUOTE, T0.plusSeconds(59))).contains(Refusal.BLOCKED);
        assertThat(strict.admit(ApiClass.QUOTE, T0.plusMillis(60_030))).isEmpty();
    }

    @Test
    void test_admit_jitterRefusesSomeCallsSpacedExactlyAtTheLimit() {
        FakeRateLimits jittery = new FakeRateLimits(FakeRateLimits.Settings.DEFAULT
                .withJitter(Duration.ofMillis(20))
                .withBlocking(10_000, Duration.ZERO));
        int refused = 0;
        int refusedWithMargin = 0;
        for (int i = 0; i < 200; i++) {
            Optional<Refusal> exact = jittery.admit(ApiClass.QUOTE, T0.plusSeconds(i));
            refused += exact.isPresent() ? 1 : 0;
        }
        FakeRateLimits margin = new FakeRateLimits(FakeRateLimits.Settings.DEFAULT
                .withJitter(Duration.ofMillis(20))
                .withBlocking(10_000, Duration.ZERO));
        for (int i = 0; i < 200; i++) {
            refusedWithMargin +=
                    margin.admit(ApiClass.QUOTE, T0.plusMillis(1_041L * i)).isPresent() ? 1 : 0;
        }
        assertThat(refused)
                .as("about half of the exactly spaced calls arrive early")
                .isBetween(40, 160);
        assertThat(refusedWithMargin)
                .as("a margin of twice the jitter always passes")
                .isZero();
    }
}
