package io.optionsv4.dhan.feed;

import io.optionsv4.core.market.BidAsk;
import io.optionsv4.core.market.FeedInstrument;
import io.optionsv4.core.market.FeedSubscription;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.MarketFeed;
import io.optionsv4.core.market.Tick;
import io.optionsv4.core.market.TickListener;
import io.optionsv4.core.result.Checks;
import io.optionsv4.dhan.rest.DhanConfig;
import io.optionsv4.dhan.scrip.ScripMaster;
import io.optionsv4.dhan.scrip.SecurityId;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Dhan's live market feed (reference section 4) as a {@link MarketFeed}, on the JDK's {@link WebSocket}: one connection
 * to {@code wss://api-feed.dhan.co?version=2&token=..&clientId=..&authType=2}, instruments subscribed in the settings'
 * mode with JSON messages of at most {@value #MAX_PER_MESSAGE} instruments and at most {@value #MAX_PER_CONNECTION} in
 * all, binary frames decoded by {@link FeedDecoder} into {@link Tick}s (the best bid and ask from Full packets; the
 * last trade time, IST wall-clock written as UTC, corrected to a true instant).
 *
 * <p><b>Connection.</b> Connects on the first subscription; after a close, an error, a failed send or a disconnect
 * packet 805 (too many connections) it reconnects with exponential back-off and subscribes everything again. The
 * disconnect codes 806-810 (Data APIs not subscribed, token expired or invalid, client id invalid) are fatal: the feed
 * stops, reports why, and later subscriptions fail with that message. A stalled server never blocks a caller: every
 * network step runs on the feed's own thread, and noticing a stall is the monitor's job (ticks stop arriving).
 *
 * <p><b>Problems</b> (malformed frames, disconnects, reconnects) go to the injected consumer, malformed frames counted
 * ({@link #malformedPackets()}). The access token is never logged. Thread-safe.
 *
 * <p>Which subscriptions want which instrument, the per-connection limit and what the connection still has to
 * (un)subscribe are kept by {@link FeedSubscriptions}; this class owns the connection, its thread and the decoding.
 */
public final class DhanMarketFeed implements MarketFeed, AutoCloseable {

    /** Instruments per subscribe message (reference section 4.2). */
    public static final int MAX_PER_MESSAGE = 100;

    /** Instruments per connection (reference section 4.2). */
    public static final int MAX_PER_CONNECTION = 5_000;

    private static final long IST_OFFSET_SECONDS = 19_800;

    private final DhanConfig config;
    private final DhanFeedSettings settings;
    private final Consumer<String> problems;
    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "dhan-market-feed");
        thread.setDaemon(true);
        return thread;
    });
    private final FeedSubscriptions subscriptions;
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong ticks = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile WebSocket socket;
    private volatile boolean closed;
    private volatile boolean connecting;
    private volatile String fatal;
    private Duration backoff;

    /**
     * Creates the feed for the account of {@code config}, instruments resolved through {@code scripMaster}; problems
     * go to {@code problems}. Production: {@code new DhanMarketFeed(config, scripMaster, DhanFeedSettings.DEFAULT,
     * log::warn)}.
     */
    public DhanMarketFeed(
            DhanConfig config, ScripMaster scripMaster, DhanFeedSettings settings, Consumer<String> problems) {
        this(config, scripMaster, settings, problems, Clock.systemUTC());
    }

    /** Creates the feed with an injected clock (the time of a tick without a trade time). */
    public DhanMarketFeed(
            DhanConfig config,
            ScripMaster scripMaster,
            DhanFeedSettings settings,
            Consumer<String> problems,
            Clock clock) {
        this.config = Checks.notNull(config, "config");
        Checks.notNull(scripMaster, "scripMaster");
        this.settings = Checks.notNull(settings, "settings");
        this.problems = Checks.notNull(problems, "problems");
        this.clock = Checks.notNull(clock, "clock");
        this.backoff = settings.initialBackoff();
        this.subscriptions = new FeedSubscriptions(scripMaster, problems, () -> run(this::sync));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Returns at once; the subscription reaches Dhan on the feed's thread (connecting first when needed).
     *
     * @throws MarketDataException when an instrument is not in the scrip master, the connection would exceed {@value
     *     #MAX_PER_CONNECTION} instruments, or the feed stopped on a fatal disconnect
     */
    @Override
    public FeedSubscription subscribe(Set<FeedInstrument> instruments, TickListener listener) {
        Checks.notNull(instruments, "instruments");
        Checks.argument(!instruments.isEmpty(), "instruments must not be empty");
        Checks.notNull(listener, "listener");
        String stopped = fatal;
        if (stopped != null) {
            throw new MarketDataException(stopped);
        }
        FeedSubscription sub = subscriptions.add(instruments, listener);
        run(this::syncOrConnect);
        return sub;
    }

    /** Returns the packets that could not be decoded so far. */
    public long malformedPackets() {
        return malformed.get();
    }

    /** Returns the ticks delivered so far. */
    public long ticksDelivered() {
        return ticks.get();
    }

    /** Returns how many connections have been opened so far (reconnects count). */
    public long connectionsOpened() {
        return connections.get();
    }

    /** Returns why the feed stopped for good (a fatal disconnect code), if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(fatal);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // the feed's thread: connect, subscribe, reconnect

    private void run(Runnable task) {
        try {
            io.execute(task);
        } catch (RejectedExecutionException e) {
            // closed
        }
    }

    private void syncOrConnect() {
        if (closed || fatal != null) {
            return;
        }
        if (socket == null) {
            if (!connecting) {
                connect();
            }
            return;
        }
        sync();
    }

    private void connect() {
        connecting = true;
        try {
            WebSocket ws = http.newWebSocketBuilder()
                    .connectTimeout(settings.sendTimeout())
                    .buildAsync(feedUri(), new Listener())
                    .get(settings.sendTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            socket = ws;
            connections.incrementAndGet();
            backoff = settings.initialBackoff();
            subscriptions.connectionOpened();
            sync();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            problems.accept(
                    "Dhan feed: cannot connect to " + settings.url() + " (" + cause(e) + "); retrying in " + backoff);
            reconnectLater();
        } finally {
            connecting = false;
        }
    }

    private URI feedUri() {
        String base = settings.url().toString();
        String query = "version=2&token=" + URLEncoder.encode(config.accessToken(), StandardCharsets.UTF_8)
                + "&clientId=" + URLEncoder.encode(config.clientId(), StandardCharsets.UTF_8) + "&authType=2";
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }

    /** Sends what differs between the wanted instruments and those subscribed on this connection. */
    private void sync() {
        WebSocket ws = socket;
        if (ws == null) {
            return;
        }
        FeedSubscriptions.Changes changes = subscriptions.changes();
        if (send(ws, settings.mode().unsubscribeCode(), changes.remove())
                && send(ws, settings.mode().subscribeCode(), changes.add())) {
            subscriptions.sent(changes);
        }
    }

    private boolean send(WebSocket ws, int requestCode, List<SecurityId> ids) {
        for (int from = 0; from < ids.size(); from += MAX_PER_MESSAGE) {
            String message = DhanFeedRequests.message(
                    requestCode, ids.subList(from, Math.min(ids.size(), from + MAX_PER_MESSAGE)));
            try {
                ws.sendText(message, true).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                problems.accept("Dhan feed: a subscription message could not be sent (" + cause(e) + "); reconnecting");
                dropped(ws);
                return false;
            }
        }
        return true;
    }

    /** The connection {@code ws} is gone: forget it and reconnect later (unless closed or stopped). */
    private void dropped(WebSocket ws) {
        if (socket == ws && ws != null) {
            socket = null;
            ws.abort();
            reconnectLater();
        }
    }

    private void reconnectLater() {
        if (closed || fatal != null) {
            return;
        }
        Duration wait = backoff;
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
        try {
            io.schedule(this::syncOrConnect, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed
        }
    }

    private static String cause(Exception e) {
        Throwable c = e.getCause() == null ? e : e.getCause();
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    // ----------------------------------------------------------------------------------------------------------------
    // receiving

    private final class Listener implements WebSocket.Listener, FeedListener {
        private final FeedDecoder decoder = new FeedDecoder();
        private ByteBuffer frame = ByteBuffer.allocate(4_096).order(ByteOrder.LITTLE_ENDIAN);

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            if (frame.remaining() < data.remaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(
                                Math.max(frame.capacity() * 2, frame.position() + data.remaining()))
                        .order(ByteOrder.LITTLE_ENDIAN);
                frame.flip();
                bigger.put(frame);
                frame = bigger;
            }
            frame.put(data);
            if (last) {
                frame.flip();
                decoder.decode(frame, this);
                frame.clear();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closed && fatal == null) {
                problems.accept("Dhan feed closed by the server (" + statusCode + " " + reason + "); reconnecting");
            }
            run(() -> dropped(webSocket));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closed) {
                problems.accept("Dhan feed connection failed (" + error + "); reconnecting");
            }
            run(() -> dropped(webSocket));
        }

        @Override
        public void onPacket(FeedPacket packet) {
            int code = packet.code();
            if (code != FeedPacket.TICKER && code != FeedPacket.QUOTE && code != FeedPacket.FULL) {
                return;
            }
            Optional<FeedSubscriptions.Entry> entry = subscriptions.find(packet.segment(), packet.securityId());
            double last = packet.lastPrice();
            if (entry.isEmpty() || !(last > 0)) {
                return;
            }
            Tick tick = new Tick(entry.get().instrument(), time(packet.lastTradeTime()), last, bidAsk(packet));
            ticks.incrementAndGet();
            entry.get().deliver(tick);
        }

        private Instant time(int lastTradeTime) {
            return lastTradeTime > IST_OFFSET_SECONDS
                    ? Instant.ofEpochSecond(lastTradeTime - IST_OFFSET_SECONDS)
                    : clock.instant();
        }

        private Optional<BidAsk> bidAsk(FeedPacket packet) {
            if (packet.code() != FeedPacket.FULL) {
                return Optional.empty();
            }
            double bid = packet.bidPrice(0);
            double ask = packet.askPrice(0);
            if (!(bid > 0) || !(ask >= bid)) {
                return Optional.empty();
            }
            return Optional.of(
                    new BidAsk(bid, ask, Math.max(0, packet.bidQuantity(0)), Math.max(0, packet.askQuantity(0))));
        }

        @Override
        public void onDisconnect(int reasonCode) {
            WebSocket ws = socket;
            if (reasonCode >= 806 && reasonCode <= 810) {
                fatal = "Dhan's feed disconnected with code " + reasonCode + " (" + DhanFeedRequests.reason(reasonCode)
                        + "): the feed has stopped; fix the account or renew the access token (DHAN_ACCESS_TOKEN)"
                        + " and start again";
                problems.accept(fatal);
                run(() -> {
                    socket = null;
                    if (ws != null) {
                        ws.abort();
                    }
                });
                return;
            }
            problems.accept("Dhan's feed disconnected with code " + reasonCode + " ("
                    + DhanFeedRequests.reason(reasonCode) + "); reconnecting with back-off");
            run(() -> dropped(ws));
        }

        @Override
        public void onMalformed(FeedProblem problem, int offset, int code) {
            long count = malformed.incrementAndGet();
            if (count == 1 || count % 100 == 0) {
                problems.accept("Dhan feed: malformed packet (" + problem + ", code " + code + ", offset " + offset
                        + "); " + count + " so far");
            }
        }
    }

    /** Stops the feed: closes the connection and the feed's thread; returns at once. */
    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        socket = null;
        if (ws != null) {
            ws.abort();
        }
        io.shutdownNow();
        http.shutdownNow();
    }
}
