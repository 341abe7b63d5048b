package io.optionsv4.dhan.testdata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal order-update consumer for the tests of the fake socket: the JDK's WebSocket client, every text message
 * queued, the close status recorded. Close it after the test.
 */
public final class OrderUpdateClient implements AutoCloseable {

    /** The login message the official SDK sends (reference section 5). */
    public static final String LOGIN = "{\"LoginReq\":{\"MsgCode\":42,\"ClientId\":\"" + FakeDhanServer.CLIENT_ID
            + "\",\"Token\":\"" + FakeDhanServer.ACCESS_TOKEN + "\"},\"UserType\":\"SELF\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final WebSocket socket;

    /** Connects to {@code url} and sends {@code login}. */
    public OrderUpdateClient(URI url, String login) throws Exception {
        socket = http.newWebSocketBuilder().buildAsync(url, new Listener()).get(5, TimeUnit.SECONDS);
        socket.sendText(login, true).get(5, TimeUnit.SECONDS);
    }

    /** Waits up to {@code timeout} for the next message; null when none came. */
    public String next(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Returns the next {@code n} messages, failing when they do not come within 5 s each. */
    public List<String> take(int n) throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String message = next(Duration.ofSeconds(5));
            if (message == null) {
                throw new AssertionError("only " + i + " of " + n + " messages arrived: " + out);
            }
            out.add(message);
        }
        return out;
    }

    /** Returns {@code "status reason"} of the server's close frame, waiting up to 5 s. */
    public String closeStatus() throws Exception {
        return closed.get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.abort();
        http.close();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete("error " + error);
        }
    }
}
