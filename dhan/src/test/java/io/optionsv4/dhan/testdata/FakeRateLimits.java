package io.optionsv4.dhan.testdata;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Dhan's documented rate limits (reference section 1.5) as the fake server enforces them: sliding windows per API
 * class, measured on the server's clock (a manual clock in most tests, the system clock for real-time tests), each
 * arrival displaced by a random network jitter; and the account blocked for a while after repeated throttling.
 *
 * <table>
 *   <caption>Windows</caption>
 *   <tr><th>class</th><th>endpoints</th><th>limits</th></tr>
 *   <tr><td>option chain</td><td>{@code /optionchain}, {@code /optionchain/expirylist}</td><td>1 per 3 s</td></tr>
 *   <tr><td>quote</td><td>{@code /marketfeed/*}</td><td>1 per s</td></tr>
 *   <tr><td>data</td><td>{@code /charts/*}</td><td>5 per s, 100,000 per day</td></tr>
 *   <tr><td>order</td><td>place, modify, cancel</td><td>N per s (10 by default), 250 per min, 1,000 per h, 7,000
 *       per day</td></tr>
 *   <tr><td>non-trading</td><td>order book, trades, positions, funds, margin calculator</td><td>20 per s</td></tr>
 * </table>
 *
 * <p>A request over a limit is refused and not counted. After {@link Settings#blockAfter} refusals within a minute
 * the account is blocked for {@link Settings#blockFor}: every call is refused until then. Not thread-safe (the
 * server's lock guards it).
 */
final class FakeRateLimits {

    /** The API classes of Dhan's rate-limit table. */
    enum ApiClass {
        OPTION_CHAIN,
        QUOTE,
        DATA,
        ORDER,
        NON_TRADING
    }

    /** Why a request was refused. */
    enum Refusal {
        /** Over a window's limit. */
        THROTTLED,
        /** The account is blocked after repeated throttling. */
        BLOCKED
    }

    /**
     * The fake's limits.
     *
     * @param ordersPerSecond the order APIs' per-second limit (reference: 25 in one docs copy, 10 in newer digests)
     * @param jitter arrivals are displaced by a uniform random amount in {@code [-jitter, +jitter]}
     * @param blockAfter refusals within a minute that block the account
     * @param blockFor how long the account stays blocked
     * @param seed the seed of the jitter
     */
    record Settings(int ordersPerSecond, Duration jitter, int blockAfter, Duration blockFor, long seed) {

        /** 10 orders per second, no jitter, blocked for a minute after 10 refusals in a minute. */
        static final Settings DEFAULT = new Settings(10, Duration.ZERO, 10, Duration.ofMinutes(1), 42);

        Settings withJitter(Duration newJitter) {
            return new Settings(ordersPerSecond, newJitter, blockAfter, blockFor, seed);
        }

        Settings withOrdersPerSecond(int perSecond) {
            return new Settings(perSecond, jitter, blockAfter, blockFor, seed);
        }

        Settings withBlocking(int after, Duration duration) {
            return new Settings(ordersPerSecond, jitter, after, duration, seed);
        }
    }

    private record Window(Duration length, int limit) {}

    private final Settings settings;
    private final Random random;
    private final Map<ApiClass, List<Window>> windows = new EnumMap<>(ApiClass.class);
    private final Map<ApiClass, Deque<Instant>> arrivals = new EnumMap<>(ApiClass.class);
    private final Deque<Instant> refusals = new ArrayDeque<>();
    private Instant blockedUntil = Instant.MIN;

    FakeRateLimits(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        Duration second = Duration.ofSeconds(1);
        Duration day = Duration.ofDays(1);
        windows.put(ApiClass.OPTION_CHAIN, List.of(new Window(Duration.ofSeconds(3), 1)));
        windows.put(ApiClass.QUOTE, List.of(new Window(second, 1)));
        windows.put(ApiClass.DATA, List.of(new Window(second, 5), new Window(day, 100_000)));
        windows.put(
                ApiClass.ORDER,
                List.of(
                        new Window(second, settings.ordersPerSecond()),
                        new Window(Duration.ofMinutes(1), 250),
                        new Window(Duration.ofHours(1), 1_000),
                        new Window(day, 7_000)));
        windows.put(ApiClass.NON_TRADING, List.of(new Window(second, 20)));
        for (ApiClass c : ApiClass.values()) {
            arrivals.put(c, new ArrayDeque<>());
        }
    }

    /** Returns the settings. */
    Settings settings() {
        return settings;
    }

    /** Admits a request of {@code apiClass} arriving at {@code now}, or says why not. */
    Optional<Refusal> admit(ApiClass apiClass, Instant now) {
        if (now.isBefore(blockedUntil)) {
            return Optional.of(Refusal.BLOCKED);
        }
        Instant at = jittered(now);
        Deque<Instant> seen = arrivals.get(apiClass);
        Duration longest = Duration.ZERO;
        for (Window w : windows.get(apiClass)) {
            longest = w.length().compareTo(longest) > 0 ? w.length() : longest;
            Instant start = at.minus(w.length());
            long inWindow = seen.stream().filter(t -> t.isAfter(start)).count();
            if (inWindow >= w.limit()) {
                refuse(now);
                return Optional.of(now.isBefore(blockedUntil) ? Refusal.BLOCKED : Refusal.THROTTLED);
            }
        }
        Instant horizon = at.minus(longest).minus(settings.jitter().multipliedBy(2));
        while (!seen.isEmpty() && seen.peekFirst().isBefore(horizon)) {
            seen.pollFirst();
        }
        seen.addLast(at);
        return Optional.empty();
    }

    /** Returns when the block ends, {@link Instant#MIN} when the account was never blocked. */
    Instant blockedUntil() {
        return blockedUntil;
    }

    private void refuse(Instant now) {
        refusals.addLast(now);
        while (!refusals.isEmpty() && refusals.peekFirst().isBefore(now.minus(Duration.ofMinutes(1)))) {
            refusals.pollFirst();
        }
        if (refusals.size() >= settings.blockAfter()) {
            blockedUntil = now.plus(settings.blockFor());
            refusals.clear();
        }
    }

    private Instant jittered(Instant now) {
        long jitterNanos = settings.jitter().toNanos();
        if (jitterNanos == 0) {
            return now;
        }
        return now.plusNanos((long) ((random.nextDouble() * 2 - 1) * jitterNanos));
    }
}
