package io.optionsv4.dhan.testdata;

import io.optionsv4.dhan.rest.DhanConfig;
import io.optionsv4.dhan.rest.DhanMarketData;
import io.optionsv4.dhan.rest.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The scenario of the shared Dhan fixtures: client {@code 1000000001} on Wednesday 15 January 2025 at 10:31:17 IST,
 * NIFTY at 23215.6, options expiring 30 January 2025. Builds a manual clock, a fake server and an adapter pointed at
 * it; close it after the test.
 */
public final class DhanScenario implements AutoCloseable {

    /** The fixtures' trading day. */
    public static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    /** The fixtures' expiry. */
    public static final LocalDate EXPIRY = LocalDate.of(2025, 1, 30);

    /** 10:31:17 IST on {@link #TODAY}, the quote fixture's last trade time. */
    public static final Instant NOW = Instant.parse("2025-01-15T05:01:17Z");

    /** A fast retry policy for tests: four attempts, waits from 0.5 s (on the manual clock). */
    public static final RetryPolicy RETRY = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));

    private final ManualClock clock = new ManualClock(NOW);
    private final FakeDhanServer server;
    private final DhanConfig config;
    private final DhanMarketData marketData;

    /** Creates the scenario with the default 2 s timeout. */
    public DhanScenario() {
        this(Duration.ofSeconds(2), RETRY);
    }

    /** Creates the scenario with another per-attempt timeout and retry policy. */
    public DhanScenario(Duration requestTimeout, RetryPolicy retry) {
        this(requestTimeout, retry, FakeDhanServer.Settings.DEFAULT);
    }

    /** Creates the scenario with a fake server of other settings (the defaults otherwise). */
    public DhanScenario(FakeDhanServer.Settings settings) {
        this(Duration.ofSeconds(2), RETRY, settings);
    }

    /** Creates the scenario with another per-attempt timeout, retry policy and fake server settings. */
    public DhanScenario(Duration requestTimeout, RetryPolicy retry, FakeDhanServer.Settings settings) {
        server = FakeDhanServer.start(clock, settings);
        config = new DhanConfig(
                server.baseUrl(), FakeDhanServer.CLIENT_ID, FakeDhanServer.ACCESS_TOKEN, requestTimeout, retry);
        marketData = new DhanMarketData(config, ScripMasters.fixture(), clock, clock, DhanMarketData.DEFAULT_RATE);
    }

    /** Returns the manual clock (also the sleeper). */
    public ManualClock clock() {
        return clock;
    }

    /** Returns the fake server. */
    public FakeDhanServer server() {
        return server;
    }

    /** Returns the adapter's config. */
    public DhanConfig config() {
        return config;
    }

    /** Returns the adapter under test. */
    public DhanMarketData marketData() {
        return marketData;
    }

    @Override
    public void close() {
        marketData.close();
        server.close();
    }
}
