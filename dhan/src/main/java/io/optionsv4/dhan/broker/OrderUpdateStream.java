package io.optionsv4.dhan.broker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The client of Dhan's live order-update WebSocket (reference section 5), on the JDK's {@link WebSocket}: connects,
 * sends the login message ({@code {"LoginReq": {"MsgCode": 42, "ClientId", "Token"}, "UserType": "SELF"}}), hands
 * every complete text message to the consumer, and reconnects after a close or an error with exponential back-off
 * (from {@code backoff}, doubling to 30 s), calling {@code onReconnect} once logged in again so the caller can catch
 * up on what it missed over REST. A close with status 1008 (policy violation: the login was refused) stops the stream
 * for good: retrying a refused token helps nothing, and REST polling still works. The token is never logged.
 * Thread-safe.
 */
final class OrderUpdateStream implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OrderUpdateStream.class.getName());
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final URI url;
    private final String login;
    private final Consumer<String> onMessage;
    private final Runnable onReconnect;
    private final Duration initialBackoff;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "dhan-order-updates");
        thread.setDaemon(true);
        return thread;
    });
    private static final int POLICY_VIOLATION = 1008;

    private volatile boolean closed;
    private volatile boolean refused;
    private volatile WebSocket socket;
    private volatile int sessions;
    private Duration backoff;

    OrderUpdateStream(
            URI url,
            String clientId,
            String accessToken,
            Consumer<String> onMessage,
            Runnable onReconnect,
            Duration backoff) {
        this.url = url;
        this.onMessage = onMessage;
        this.onReconnect = onReconnect;
        this.initialBackoff = backoff;
        this.backoff = backoff;
        ObjectMapper json = new ObjectMapper();
        ObjectNode message = json.createObjectNode();
        ObjectNode loginReq = message.putObject("LoginReq");
        loginReq.put("MsgCode", 42);
        loginReq.put("ClientId", clientId);
        loginReq.put("Token", accessToken);
        message.put("UserType", "SELF");
        this.login = message.toString();
    }

    /** Connects (in the background); returns at once. */
    void start() {
        scheduler.execute(this::connect);
    }

    /** Returns true when the server refused the login and the stream stopped. */
    boolean refused() {
        return refused;
    }

    /** Returns how many sessions have logged in so far (reconnects count). */
    int sessions() {
        return sessions;
    }

    private void connect() {
        if (closed) {
            return;
        }
        http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(url, new Listener())
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        LOG.log(
                                System.Logger.Level.WARNING,
                                "Dhan order updates: cannot connect to " + url + ": " + error.getMessage());
                        reconnectLater();
                        return;
                    }
                    socket = ws;
                    ws.sendText(login, true).whenComplete((w, e) -> {
                        if (e != null) {
                            reconnectLater();
                            return;
                        }
                        boolean again = sessions > 0;
                        sessions++;
                        synchronized (this) {
                            backoff = initialBackoff;
                        }
                        if (again) {
                            scheduler.execute(onReconnect);
                        }
                    });
                });
    }

    private void reconnectLater() {
        if (closed || refused) {
            return;
        }
        Duration wait;
        synchronized (this) {
            wait = backoff;
            Duration doubled = backoff.multipliedBy(2);
            backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
        }
        try {
            scheduler.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                try {
                    onMessage.accept(message);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Dhan order updates: a message failed", e);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (statusCode == POLICY_VIOLATION) {
                refused = true;
                LOG.log(
                        System.Logger.Level.ERROR,
                        "Dhan refused the order-update login (" + reason + "); the stream"
                                + " stops, order events come from REST polling only: check DHAN_CLIENT_ID and"
                                + " DHAN_ACCESS_TOKEN");
                return CompletableFuture.completedFuture(null);
            }
            LOG.log(System.Logger.Level.INFO, "Dhan order updates closed (" + statusCode + " " + reason + ")");
            reconnectLater();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            LOG.log(System.Logger.Level.WARNING, "Dhan order updates failed: " + error.getMessage());
            reconnectLater();
        }
    }

    @Override
    public void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        scheduler.shutdownNow();
        http.shutdownNow();
    }
}
