package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.LiveDhan;
import io.optionsv4.app.testdata.StoreCli;
import io.optionsv4.dhan.testdata.FakeFeedServer;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code monitor realtime --data dhan} over the fake Dhan feed server: a strategy executed live on the fake Dhan
 * server is watched on Dhan's binary feed; without ticks the feed stall is alerted (within the 2 s limit) and quotes
 * are read over REST instead; ticks at a profit bring the profit-target decision out.
 */
class MonitorRealtimeDhanIT {

    private static Path home;
    private static Database anchor;
    private static LiveDhan dhan;
    private static FakeFeedServer feed;
    private static long strategy;

    @BeforeAll
    static void executeLive() throws IOException {
        home = Files.createTempDirectory("options-v4-realtime-dhan-it");
        anchor = Database.open(DbConfig.embedded(home));
        dhan = new LiveDhan(home);
        feed = FakeFeedServer.start();
        strategy = LiveDhan.storeIronButterfly(anchor.jdbi(), 1);
        anchor.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO strategy_exit_levels VALUES (?, 0, 'PROFIT_TARGET', 500, 1.0, 'all at ₹500')",
                        strategy));
        Cli.Run execute = run("execute", "--execute", "--live", "--confirm");
        assertThat(execute.exitCode()).as(execute.err()).isZero();
    }

    @AfterAll
    static void stop() {
        feed.close();
        dhan.close();
        anchor.close();
    }

    @Test
    void test_realtime_stallIsAlertedThenTicksBringTheExitDecision() throws Exception {
        Cli.Run quiet = run("monitor", "realtime", "--once");

        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(quiet.err()).contains("Dhan's live market feed at " + feed.url());
        assertThat(String.join("\n", feed.messages())).contains("41013", "41017", "41016", "41020");
        assertThat(feed.violations()).isEmpty();
        assertThat(quiet.out()).contains("HIGH FEED_STALLED: market feed stalled: no tick for", "no tick for 3 s");
        java.util.regex.Matcher stall = java.util.regex.Pattern.compile("no tick for (\\d+) ms \\(limit 1500 ms\\)")
                .matcher(quiet.out());
        assertThat(stall.find()).as(quiet.out()).isTrue();
        assertThat(Integer.parseInt(stall.group(1))).as("alerted within 2 s").isBetween(1_500, 2_000);
        assertThat(Files.readString(home.resolve("logs/automated_monitor.log")))
                .contains("quotes read over REST instead");

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(MonitorRealtimeDhanIT::profitableTicks, 300, 200, TimeUnit.MILLISECONDS);
        Cli.Run ticking;
        try {
            ticking = run("monitor", "realtime", "--once");
        } finally {
            ticker.shutdownNow();
        }

        assertThat(ticking.exitCode()).as(ticking.err()).isZero();
        assertThat(ticking.out()).contains("#" + strategy + " PROFIT_TARGET: would close: NIFTY Iron Butterfly");
        assertThat(ticking.out()).contains("CLOSE_IMMEDIATELY PROFIT_TARGET");
        assertThat(ticking.out()).doesNotContain("FEED_STALLED");
        assertThat(count("orders WHERE purpose = 'EXIT'")).isZero();
    }

    /** The shorts cheap to buy back, the longs still worth something: about ₹1,800 of profit on one lot. */
    private static void profitableTicks() {
        int now = (int) LocalDateTime.ofInstant(dhan.clock().instant(), ZoneId.of("Asia/Kolkata"))
                .toEpochSecond(ZoneOffset.UTC);
        feed.tick("IDX_I", 13, 23_215.6, 0, 0, now);
        feed.tick("NSE_FNO", 41013, 10, 9.95, 10.05, now);
        feed.tick("NSE_FNO", 41017, 20, 19.95, 20.05, now);
        feed.tick("NSE_FNO", 41016, 20, 19.95, 20.05, now);
        feed.tick("NSE_FNO", 41020, 10, 9.95, 10.05, now);
    }

    private static Cli.Run run(String... args) {
        Map<String, String> env = dhan.environment();
        env.put("DHAN_FEED_URL", feed.url().toString());
        List<String> all = new ArrayList<>(List.of("--data", "dhan"));
        all.addAll(List.of(args));
        return StoreCli.run(env, dhan.clock(), all.toArray(String[]::new));
    }

    private static int count(String from) {
        return anchor.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM " + from)
                        .mapTo(Integer.class)
                        .one());
    }
}
