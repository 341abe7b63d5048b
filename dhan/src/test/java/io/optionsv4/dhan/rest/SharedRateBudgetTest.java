package io.optionsv4.dhan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeExchange;
import io.optionsv4.dhan.testdata.ScripMasters;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dhan's limits are per account: two processes with one client id must share one budget. Measured in real time at a
 * fake server that enforces the quote limit (one per second) with 10 ms of network jitter: a second JVM and this one
 * call at the same time through a budget in a shared directory, and the server throttles nothing; two clients with
 * per-process budgets, at the same time, get throttled.
 *
 * <p>Both processes open their connection before the measured calls: the budget counts a call from its sending until
 * it completes, and a first request that must open a connection (a TLS handshake in production) arrives late, so the
 * one after it, sent from another process while the first is still in flight, can arrive less than the window behind
 * it; Dhan then answers 805 and the client retries.
 */
class SharedRateBudgetTest {

    private static final String LTP = "/v2/marketfeed/ltp";
    private static final int CALLS = 3;

    @TempDir
    Path budget;

    private final FakeDhanServer server = FakeDhanServer.start(
            Clock.systemUTC(),
            FakeDhanServer.Settings.DEFAULT.withJitter(Duration.ofMillis(10)).withBlocking(1_000, Duration.ZERO));

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void test_sharedBudget_twoJvmsTogetherStayWithinTheAccountsLimit() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        DhanMarketData dhan = SharedRateBudgetChild.marketData(server.baseUrl(), budget);
        dhan.lastPrices(List.of("NIFTY"));
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        SharedRateBudgetChild.class.getName(),
                        server.baseUrl().toString(),
                        budget.toString(),
                        Integer.toString(CALLS))
                .redirectErrorStream(true)
                .start();
        List<String> childOutput = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            childOutput.add(line);
            assertThat(line).as("the child starts").isEqualTo("ready");
            try (dhan) {
                for (int i = 0; i < CALLS; i++) {
                    assertThat(dhan.lastPrices(List.of("NIFTY"))).containsKey("NIFTY");
                }
            }
            for (String next = out.readLine(); next != null; next = out.readLine()) {
                childOutput.add(next);
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(String.join("\n", childOutput)).isZero();
        assertThat(childOutput).contains("done " + CALLS);
        List<FakeExchange> quotes = server.exchanges().stream()
                .filter(e -> e.request().path().equals(LTP))
                .toList();
        assertThat(quotes).hasSize(2 * (CALLS + 1)).noneMatch(FakeExchange::throttled);
        List<Instant> arrivals =
                quotes.stream().map(e -> e.request().at()).sorted().toList();
        assertThat(IntStream.range(1, arrivals.size())
                        .mapToObj(i -> Duration.between(arrivals.get(i - 1), arrivals.get(i))))
                .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(1_000)));
    }

    @Test
    void test_perProcessBudgets_collideAtTheServer() throws Exception {
        DhanConfig perProcess = new DhanConfig(
                server.baseUrl(),
                FakeDhanServer.CLIENT_ID,
                FakeDhanServer.ACCESS_TOKEN,
                Duration.ofSeconds(5),
                new RetryPolicy(1, Duration.ofMillis(100), Duration.ofMillis(100)));
        try (DhanMarketData one = new DhanMarketData(
                        perProcess, ScripMasters.fixture(), Clock.systemUTC(), Sleeper.SYSTEM, 0.065);
                DhanMarketData two = new DhanMarketData(
                        perProcess, ScripMasters.fixture(), Clock.systemUTC(), Sleeper.SYSTEM, 0.065)) {
            CompletableFuture<?> a = CompletableFuture.runAsync(() -> one.lastPrices(List.of("NIFTY")));
            CompletableFuture<?> b = CompletableFuture.runAsync(() -> two.lastPrices(List.of("NIFTY")));
            CompletableFuture.allOf(a, b).handle((v, e) -> null).get(10, TimeUnit.SECONDS);

            assertThat(a.isCompletedExceptionally() || b.isCompletedExceptionally())
                    .isTrue();
        }
        assertThat(server.exchanges()).filteredOn(FakeExchange::throttled).hasSize(1);
    }
}
