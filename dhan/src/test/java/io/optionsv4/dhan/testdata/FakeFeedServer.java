package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake of Dhan's live market feed WebSocket (reference section 4) on 127.0.0.1 and an ephemeral port. A client
 * connects with {@code ?version=2&token=..&clientId=..&authType=2} (a wrong token or client id gets the disconnect
 * packet 808 and the socket closes), subscribes with JSON messages (request codes 15/17/21, unsubscribes 16/18/22, at
 * most 100 instruments a message and 5000 a connection, {@code InstrumentCount} equal to the list's length, segments
 * as string enums and ids as strings; a violation gets disconnect 814 and is recorded), and receives the binary
 * packets of {@link FeedFrames} in the mode it subscribed with.
 *
 * <p>Tests drive it: {@link #tick} pushes a trade and book to every subscriber of an instrument, {@link #sendRaw} any
 * bytes (malformed frames), {@link #disconnect} a disconnect packet then the close, {@link #dropConnections} an abrupt
 * close without a close frame.
 */
public final class FakeFeedServer implements AutoCloseable {

    /** One client connection and what it subscribed, security key to request code. */
    private record Connection(WebSocketChannel channel, Map<String, Integer> subscribed) {}

    private final Undertow server;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private int opened;

    private FakeFeedServer() {
        server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(Handlers.websocket((exchange, channel) -> {
                    Map<String, List<String>> query = exchange.getRequestParameters();
                    Optional<String> problem = authProblem(query);
                    if (problem.isPresent()) {
                        record(violations, problem.get());
                        sendThenClose(channel, FeedFrames.disconnect(808));
                        return;
                    }
                    Connection c = new Connection(channel, new HashMap<>());
                    connections.add(c);
                    synchronized (this) {
                        opened++;
                    }
                    channel.getReceiveSetter().set(new Listener(c));
                    channel.resumeReceives();
                }))
                .build();
        server.start();
    }

    /** Starts a feed server. */
    public static FakeFeedServer start() {
        return new FakeFeedServer();
    }

    /** Returns the feed's URL, {@code ws://127.0.0.1:PORT}. */
    public URI url() {
        InetSocketAddress address =
                (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        return URI.create("ws://127.0.0.1:" + address.getPort());
    }

    private static Optional<String> authProblem(Map<String, List<String>> query) {
        if (!"2".equals(first(query, "version")) || !"2".equals(first(query, "authType"))) {
            return Optional.of("version and authType must be 2");
        }
        if (!FakeDhanServer.CLIENT_ID.equals(first(query, "clientId"))) {
            return Optional.of("clientId is not the account's");
        }
        if (!FakeDhanServer.ACCESS_TOKEN.equals(first(query, "token"))) {
            return Optional.of("token is invalid or expired");
        }
        return Optional.empty();
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private synchronized void record(List<String> list, String text) {
        list.add(text);
    }

    /** Returns every JSON message received, in order. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    /** Returns the protocol violations seen (bad auth, oversized or inconsistent messages). */
    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** Returns how many connections have been accepted so far. */
    public synchronized int connectionsOpened() {
        return opened;
    }

    /** Returns how many connections are open now. */
    public int openConnections() {
        return connections.size();
    }

    /** Returns the instruments ({@code SEGMENT:id}) the open connections are subscribed to. */
    public Set<String> subscribed() {
        Set<String> all = new java.util.TreeSet<>();
        for (Connection c : connections) {
            synchronized (c) {
                all.addAll(c.subscribed().keySet());
            }
        }
        return all;
    }

    /**
     * Pushes a trade at {@code last} with the best level {@code bid}/{@code ask} to every connection subscribed to the
     * instrument, as a ticker, quote or full packet after its mode; {@code lastTradeTime} is IST wall-clock seconds
     * written as UTC, as Dhan sends it.
     */
    public void tick(String segment, long securityId, double last, double bid, double ask, int lastTradeTime) {
        int code = segmentCode(segment);
        FeedFrames.Trade trade = new FeedFrames.Trade((float) last, 75, lastTradeTime, (float) last, 1000);
        FeedFrames.Ohlc ohlc = new FeedFrames.Ohlc((float) last, 0f, (float) last, (float) last);
        for (Connection c : connections) {
            Integer mode;
            synchronized (c) {
                mode = c.subscribed().get(segment + ":" + securityId);
            }
            if (mode == null) {
                continue;
            }
            byte[] packet = switch (mode) {
                case 15 -> FeedFrames.ticker(code, securityId, (float) last, lastTradeTime);
                case 17 -> FeedFrames.quote(code, securityId, trade, 500, 600, ohlc);
                default ->
                    FeedFrames.full(
                            code, securityId, trade, 1_000, ohlc, new FeedFrames.Level(750, 1500, (float) bid, (float)
                                    ask));
            };
            WebSockets.sendBinary(ByteBuffer.wrap(packet), c.channel(), null);
        }
    }

    /** Sends {@code bytes} as one binary frame to every connection (malformed frames, stacked packets). */
    public void sendRaw(byte[] bytes) {
        for (Connection c : connections) {
            WebSockets.sendBinary(ByteBuffer.wrap(bytes), c.channel(), null);
        }
    }

    /** Sends the disconnect packet with {@code reason} to every connection, then closes them. */
    public void disconnect(int reason) {
        for (Connection c : connections) {
            connections.remove(c);
            sendThenClose(c.channel(), FeedFrames.disconnect(reason));
        }
    }

    private static void sendThenClose(WebSocketChannel channel, byte[] packet) {
        WebSockets.sendBinary(ByteBuffer.wrap(packet), channel, new WebSocketCallback<Void>() {
            @Override
            public void complete(WebSocketChannel ch, Void context) {
                closeQuietly(ch);
            }

            @Override
            public void onError(WebSocketChannel ch, Void context, Throwable throwable) {
                closeQuietly(ch);
            }
        });
    }

    /** Closes every connection at once, without a close frame (a network drop). */
    public void dropConnections() {
        for (Connection c : connections) {
            connections.remove(c);
            closeQuietly(c.channel());
        }
    }

    private static void closeQuietly(WebSocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static int segmentCode(String segment) {
        return switch (segment) {
            case "IDX_I" -> 0;
            case "NSE_EQ" -> 1;
            case "NSE_FNO" -> 2;
            default -> throw new IllegalArgumentException("segment " + segment);
        };
    }

    @Override
    public void close() {
        dropConnections();
        server.stop();
    }

    private final class Listener extends AbstractReceiveListener {
        private final Connection connection;

        Listener(Connection connection) {
            this.connection = connection;
        }

        @Override
        protected void onFullTextMessage(WebSocketChannel channel, BufferedTextMessage message) {
            String text = message.getData();
            record(messages, text);
            Optional<String> problem = apply(text);
            if (problem.isPresent()) {
                record(violations, problem.get());
                WebSockets.sendBinary(ByteBuffer.wrap(FeedFrames.disconnect(814)), channel, null);
            }
        }

        private Optional<String> apply(String text) {
            Optional<JsonNode> json = FakeJson.read(text);
            if (json.isEmpty()) {
                return Optional.of("not JSON: " + text);
            }
            int code = json.get().path("RequestCode").asInt(-1);
            if (code == 12) {
                closeQuietly(connection.channel());
                return Optional.empty();
            }
            if (!Set.of(15, 16, 17, 18, 21, 22).contains(code)) {
                return Optional.of("unknown RequestCode " + code);
            }
            JsonNode list = json.get().path("InstrumentList");
            if (!list.isArray()
                    || list.size() != json.get().path("InstrumentCount").asInt(-1)) {
                return Optional.of("InstrumentCount does not match InstrumentList");
            }
            if (list.size() > 100) {
                return Optional.of("more than 100 instruments in one message: " + list.size());
            }
            synchronized (connection) {
                for (JsonNode i : list) {
                    JsonNode segment = i.path("ExchangeSegment");
                    JsonNode id = i.path("SecurityId");
                    if (!segment.isTextual() || !id.isTextual() || !id.asText().matches("\\d+")) {
                        return Optional.of("ExchangeSegment and SecurityId must be strings: " + i);
                    }
                    String key = segment.asText() + ":" + id.asText();
                    if (code % 2 == 1) {
                        connection.subscribed().put(key, code);
                    } else {
                        connection.subscribed().remove(key);
                    }
                }
                if (connection.subscribed().size() > 5_000) {
                    return Optional.of("more than 5000 instruments on one connection");
                }
            }
            return Optional.empty();
        }

        @Override
        protected void onClose(WebSocketChannel channel, io.undertow.websockets.core.StreamSourceFrameChannel frame)
                throws IOException {
            connections.remove(connection);
            super.onClose(channel, frame);
        }
    }
}
