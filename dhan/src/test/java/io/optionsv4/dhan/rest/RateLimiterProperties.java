package io.optionsv4.dhan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.dhan.testdata.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Two limiters over one budget file (as two processes of one account) with random call times, overlaps and
 * durations: together they never send more than a window's limit within its length, and a call never starts within a
 * window's length of the completion of a call {@code limit} or more places before it that had completed already.
 */
class RateLimiterProperties {

    private static final Instant T0 = Instant.parse("2025-01-15T04:00:00Z");

    /** One call: which limiter, the pause before it, how many later calls start while it runs, how long it takes. */
    record Step(int limiter, int gapMillis, int overlap, int durationMillis) {}

    private static final class Call {
        final int index;
        final RateLimiter limiter;
        final RateLimiter.Permit permit;
        final Instant sent;
        final Set<Integer> doneBefore;
        final Duration duration;
        int overlap;
        Instant done;

        Call(int index, RateLimiter limiter, RateLimiter.Permit permit, Instant sent, Set<Integer> doneBefore, Step s) {
            this.index = index;
            this.limiter = limiter;
            this.permit = permit;
            this.sent = sent;
            this.doneBefore = Set.copyOf(doneBefore);
            this.duration = Duration.ofMillis(s.durationMillis());
            this.overlap = s.overlap();
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 250))
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(60);
    }

    @Property(tries = 200)
    void property_sharedBudgetKeepsEveryWindow(
            @ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 6) int perSecond) throws IOException {
        List<RateWindow> windows =
                List.of(RateWindow.perSecond(perSecond), new RateWindow(Duration.ofSeconds(5), 2 * perSecond));
        Path dir = Files.createTempDirectory("rate-limiter-properties");
        Path file = dir.resolve("dhan-1-non-trading.window");
        ManualClock clock = new ManualClock(T0);
        List<RateLimiter> limiters = List.of(
                new RateLimiter(clock, clock, windows, RateLog.file(file, RateLog.capacityFor(2 * perSecond))),
                new RateLimiter(clock, clock, windows, RateLog.file(file, RateLog.capacityFor(2 * perSecond))));
        List<Call> calls = new ArrayList<>();
        List<Call> running = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        try {
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                clock.advance(Duration.ofMillis(s.gapMillis()));
                complete(clock, running, done, false);
                RateLimiter limiter = limiters.get(s.limiter());
                RateLimiter.Permit permit = limiter.acquire("GET /orders");
                running.forEach(c -> c.overlap--);
                Call call = new Call(i, limiter, permit, clock.instant(), done, s);
                calls.add(call);
                running.add(call);
            }
            complete(clock, running, done, true);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }

        for (RateWindow w : windows) {
            for (int j = w.limit(); j < calls.size(); j++) {
                Call later = calls.get(j);
                Call earlier = calls.get(j - w.limit());
                assertThat(Duration.between(earlier.sent, later.sent))
                        .as("calls %d and %d of %s", earlier.index, later.index, w.describe())
                        .isGreaterThanOrEqualTo(w.length());
                for (int i = 0; i <= j - w.limit(); i++) {
                    Call c = calls.get(i);
                    if (later.doneBefore.contains(c.index)) {
                        assertThat(Duration.between(c.done, later.sent))
                                .as("call %d after the completion of call %d, %s", later.index, c.index, w.describe())
                                .isGreaterThanOrEqualTo(w.length());
                    }
                }
            }
        }
    }

    /** Completes the running calls whose overlap is over (all when {@code all}), each no sooner than its duration. */
    private static void complete(ManualClock clock, List<Call> running, Set<Integer> done, boolean all) {
        for (Call c : List.copyOf(running)) {
            if (all || c.overlap <= 0) {
                Instant due = c.sent.plus(c.duration);
                if (due.isAfter(clock.instant())) {
                    clock.advance(Duration.between(clock.instant(), due));
                }
                c.limiter.done(c.permit);
                c.done = clock.instant();
                done.add(c.index);
                running.remove(c);
            }
        }
    }
}
