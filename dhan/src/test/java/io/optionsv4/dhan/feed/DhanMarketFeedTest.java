package io.optionsv4.dhan.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.optionsv4.core.instrument.ExchangeSegment;
import io.optionsv4.core.instrument.ExpiryKind;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.FeedSubscription;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.Tick;
import io.optionsv4.dhan.rest.DhanConfig;
import io.optionsv4.dhan.rest.RetryPolicy;
import io.optionsv4.dhan.scrip.ScripContract;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.scrip.ScripUnderlying;
import io.optionsv4.dhan.scrip.SecurityId;
import io.optionsv4.dhan.testdata.FakeDhanServer;
import io.optionsv4.dhan.testdata.FakeFeedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The Dhan live market feed against the fake feed server: subscriptions in batches of at most 100, Full and Quote
 * packets decoded into ticks, reconnecting and resubscribing after a drop or a disconnect 805, stopping on a fatal
 * disconnect, malformed frames counted, and a silent server never blocking the caller.
 */
class DhanMarketFeedTest {

    private static final LocalDate EXPIRY = LocalDate.of(2025, 1, 30);
    private static final long FIRST_ID = 60_000;
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** 2025-01-15 10:30:00 IST written as if it were UTC, as Dhan sends the last trade time. */
    private static final int LTT = 1_736_937_000;

    private final List<String> problems = new CopyOnWriteArrayList<>();

    private static ScripMaster scripMaster(int options) {
        List<ScripContract> contracts = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            double strike = 20_000 + 50 * i;
            contracts.add(new ScripContract(
                    new SecurityId(ExchangeSegment.NSE_FNO, FIRST_ID + i),
                    "NIFTY",
                    EXPIRY,
                    strike,
                    Right.CALL,
                    75,
                    ExpiryKind.MONTHLY,
                    "NIFTY-Jan2025-" + (int) strike + "-CE"));
        }
        return ScripMaster.of(
                List.of(new ScripUnderlying("NIFTY", new SecurityId(ExchangeSegment.IDX_I, 13), "Nifty 50")),
                contracts);
    }

    private static FeedInstrument option(int index) {
        return new FeedInstrument.Option("NIFTY", EXPIRY, 20_000 + 50 * index, Right.CALL);
    }

    private static Set<FeedInstrument> options(int count) {
        Set<FeedInstrument> out = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            out.add(option(i));
        }
        return out;
    }

    private DhanMarketFeed feed(URI url, int options, DhanFeedSettings.Mode mode) {
        DhanConfig config = new DhanConfig(
                URI.create("http://127.0.0.1:1/v2"),
                FakeDhanServer.CLIENT_ID,
                FakeDhanServer.ACCESS_TOKEN,
                Duration.ofSeconds(2),
                RetryPolicy.DEFAULT);
        DhanFeedSettings settings = DhanFeedSettings.DEFAULT
                .withUrl(url)
                .withMode(mode)
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200));
        return new DhanMarketFeed(config, scripMaster(options), settings, problems::add);
    }

    @Test
    void test_subscribe_sendsBatchesOfAtMost100() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 250, DhanFeedSettings.Mode.FULL)) {
            feed.subscribe(options(250), tick -> {});

            awaitTrue(() -> server.subscribed().size() == 250);

            assertThat(server.messages()).hasSize(3);
            assertThat(server.messages())
                    .allSatisfy(m -> assertThat(m).contains("\"RequestCode\":21"))
                    .anySatisfy(m -> assertThat(m).contains("\"InstrumentCount\":50"));
            assertThat(server.violations()).isEmpty();
            assertThat(server.subscribed()).contains("NSE_FNO:" + FIRST_ID, "NSE_FNO:" + (FIRST_ID + 249));
        }
    }

    @Test
    void test_subscribe_beyond5000_isRefusedBeforeSending() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 5_001, DhanFeedSettings.Mode.FULL)) {
            assertThatThrownBy(() -> feed.subscribe(options(5_001), tick -> {}))
                    .isInstanceOf(MarketDataException.class)
                    .hasMessageContaining("5000");
            assertThat(server.messages()).isEmpty();
        }
    }

    @Test
    void test_subscribe_unknownInstrument_isRefused() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 1, DhanFeedSettings.Mode.FULL)) {
            FeedInstrument unlisted = new FeedInstrument.Option("NIFTY", EXPIRY, 12_345, Right.PUT);

            assertThatThrownBy(() -> feed.subscribe(Set.of(unlisted), tick -> {}))
                    .isInstanceOf(MarketDataException.class)
                    .hasMessageContaining("12345");
        }
    }

    @Test
    void test_fullPackets_becomeTicksWithTheBestBidAndAsk() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 2, DhanFeedSettings.Mode.FULL)) {
            List<Tick> ticks = new CopyOnWriteArrayList<>();
            feed.subscribe(Set.of(option(1)), ticks::add);
            awaitTrue(() -> server.subscribed().size() == 1);

            server.tick("NSE_FNO", FIRST_ID + 1, 118.5, 118.25, 118.75, LTT);
            awaitTrue(() -> ticks.size() == 1);

            Tick tick = ticks.get(0);
            assertThat(tick.instrument()).isEqualTo(option(1));
            assertThat(tick.last()).isEqualTo(118.5);
            assertThat(tick.time()).isEqualTo(Instant.parse("2025-01-15T05:00:00Z"));
            assertThat(tick.bidAsk()).isPresent();
            assertThat(tick.bidAsk().get().bid()).isEqualTo(118.25);
            assertThat(tick.bidAsk().get().ask()).isEqualTo(118.75);
            assertThat(tick.bidAsk().get().bidQuantity()).isEqualTo(750);
            assertThat(tick.bidAsk().get().askQuantity()).isEqualTo(1500);
        }
    }

    @Test
    void test_quoteMode_ticksWithoutDepth() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 1, DhanFeedSettings.Mode.QUOTE)) {
            List<Tick> ticks = new CopyOnWriteArrayList<>();
            feed.subscribe(Set.of(option(0)), ticks::add);
            awaitTrue(() -> server.subscribed().size() == 1);

            server.tick("NSE_FNO", FIRST_ID, 64.25, 64.2, 64.3, LTT);
            awaitTrue(() -> ticks.size() == 1);

            assertThat(server.messages().get(0)).contains("\"RequestCode\":17");
            assertThat(ticks.get(0).last()).isEqualTo(64.25);
            assertThat(ticks.get(0).bidAsk()).isEmpty();
        }
    }

    @Test
    void test_drop_reconnectsAndResubscribesEverything() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 3, DhanFeedSettings.Mode.FULL)) {
            List<Tick> ticks = new CopyOnWriteArrayList<>();
            feed.subscribe(Set.of(option(0), option(1)), ticks::add);
            feed.subscribe(Set.of(option(2)), ticks::add);
            awaitTrue(() -> server.subscribed().size() == 3);

            server.dropConnections();
            awaitTrue(
                    () -> server.connectionsOpened() == 2 && server.subscribed().size() == 3);
            server.tick("NSE_FNO", FIRST_ID + 2, 50.0, 49.95, 50.05, LTT);
            awaitTrue(() -> ticks.size() == 1);

            assertThat(feed.connectionsOpened()).isEqualTo(2);
            assertThat(ticks.get(0).instrument()).isEqualTo(option(2));
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("reconnecting"));
        }
    }

    @Test
    void test_disconnect805_reconnectsWithBackoff() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 1, DhanFeedSettings.Mode.FULL)) {
            feed.subscribe(Set.of(option(0)), tick -> {});
            awaitTrue(() -> server.subscribed().size() == 1);

            server.disconnect(805);
            awaitTrue(
                    () -> server.connectionsOpened() == 2 && server.subscribed().size() == 1);

            assertThat(feed.failure()).isEmpty();
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("805"));
        }
    }

    @Test
    void test_disconnect807_stopsTheFeedWithAClearMessage() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 2, DhanFeedSettings.Mode.FULL)) {
            feed.subscribe(Set.of(option(0)), tick -> {});
            awaitTrue(() -> server.subscribed().size() == 1);

            server.disconnect(807);
            awaitTrue(() -> feed.failure().isPresent());
            LockSupport.parkNanos(Duration.ofMillis(300).toNanos());

            assertThat(feed.failure().get()).contains("807").contains("access token expired");
            assertThat(server.connectionsOpened()).isEqualTo(1);
            assertThatThrownBy(() -> feed.subscribe(Set.of(option(1)), tick -> {}))
                    .isInstanceOf(MarketDataException.class)
                    .hasMessageContaining("807");
        }
    }

    @Test
    void test_malformedFrames_areCountedAndTheFeedGoesOn() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 1, DhanFeedSettings.Mode.FULL)) {
            List<Tick> ticks = new CopyOnWriteArrayList<>();
            feed.subscribe(Set.of(option(0)), ticks::add);
            awaitTrue(() -> server.subscribed().size() == 1);

            server.sendRaw(new byte[] {8, (byte) 0xA2, 0, 2, 1, 2});
            server.sendRaw(new byte[] {99, 12, 0, 2, 0x60, (byte) 0xEA, 0, 0, 0, 0, 0, 0});
            server.tick("NSE_FNO", FIRST_ID, 101.0, 100.95, 101.05, LTT);
            awaitTrue(() -> ticks.size() == 1);

            assertThat(feed.malformedPackets()).isEqualTo(2);
            assertThat(problems).anySatisfy(p -> assertThat(p).contains("malformed"));
            assertThat(ticks.get(0).last()).isEqualTo(101.0);
        }
    }

    @Test
    void test_closingTheLastSubscription_unsubscribes() {
        try (FakeFeedServer server = FakeFeedServer.start();
                DhanMarketFeed feed = feed(server.url(), 2, DhanFeedSettings.Mode.FULL)) {
            FeedSubscription first = feed.subscribe(Set.of(option(0), option(1)), tick -> {});
            FeedSubscription second = feed.subscribe(Set.of(option(1)), tick -> {});
            awaitTrue(() -> server.subscribed().size() == 2);

            first.close();
            awaitTrue(() -> server.subscribed().size() == 1);
            second.close();
            awaitTrue(() -> server.subscribed().isEmpty());

            assertThat(first.isOpen()).isFalse();
            assertThat(server.messages()).anySatisfy(m -> assertThat(m).contains("\"RequestCode\":22"));
        }
    }

    @Test
    void test_silentServer_neverBlocksTheCaller() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    accepted.add(silent.accept());
                } catch (IOException e) {
                    // closed by the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI url = URI.create("ws://127.0.0.1:" + silent.getLocalPort());

            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                DhanMarketFeed feed = feed(url, 1, DhanFeedSettings.Mode.FULL);
                FeedSubscription subscription = feed.subscribe(Set.of(option(0)), tick -> {});
                awaitTrue(() -> !accepted.isEmpty());
                subscription.close();
                feed.close();
                assertThat(feed.ticksDelivered()).isZero();
            });
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + PATIENCE);
            }
            LockSupport.parkNanos(5_000_000);
        }
    }
}
