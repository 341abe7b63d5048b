package io.optionsv4.dhan.rest;

import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.ScripMasters;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The second process of {@link SharedRateBudgetTest}: {@code main(baseUrl, budgetDirectory, calls)} asks the fake
 * server for NIFTY's last price once to open its connection, prints {@code ready}, then asks {@code calls} more times
 * within the shared budget and prints {@code done N}; it exits 1 on any failure.
 */
public final class SharedRateBudgetChild {

    /** The guard of the test's budget: covers the fake's 10 ms jitter and the scheduling noise of a loaded machine. */
    static final Duration GUARD = Duration.ofMillis(100);

    private SharedRateBudgetChild() {}

    /** Runs the calls. */
    public static void main(String[] args) throws Exception {
        try (DhanMarketData dhan = marketData(URI.create(args[0]), Path.of(args[1]))) {
            dhan.lastPrices(List.of("NIFTY"));
            System.out.println("ready");
            System.out.flush();
            int calls = Integer.parseInt(args[2]);
            for (int i = 0; i < calls; i++) {
                dhan.lastPrices(List.of("NIFTY"));
            }
            System.out.println("done " + calls);
        }
    }

    /**
     * Market data over the fake at {@code baseUrl}, on the system clock, one attempt per call (so that a throttled
     * call fails the test), a budget shared in {@code budget}.
     */
    static DhanMarketData marketData(URI baseUrl, Path budget) {
        DhanConfig config = new DhanConfig(
                        baseUrl,
                        FakeDhanServer.CLIENT_ID,
                        FakeDhanServer.ACCESS_TOKEN,
                        Duration.ofSeconds(5),
                        new RetryPolicy(1, Duration.ofMillis(100), Duration.ofMillis(100)))
                .withRateBudget(new RateBudget(Optional.of(budget), GUARD));
        return new DhanMarketData(
                config, ScripMasters.fixture(), Clock.systemUTC(), Sleeper.SYSTEM, DhanMarketData.DEFAULT_RATE);
    }
}
