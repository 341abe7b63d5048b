package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.CloseMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The fake of Dhan's live order-update WebSocket (reference section 5) on 127.0.0.1 and an ephemeral port: a client
 * connects, sends one login message, and then receives {@code {"Type": "order_alert", "Data": {...}}} text messages
 * for every transition of every order of the {@link FakeAccount}.
 *
 * <p>The login must be {@code {"LoginReq": {"MsgCode": 42, "ClientId": "<client id>", "Token": "<access token>"},
 * "UserType": "SELF"}} ({@code MsgCode} as the number 42 or the string "42", both seen in the docs); anything else,
 * as the first message, closes the socket with status 1008 (policy violation) and a reason naming the problem: the
 * reference documents no error frame, this is the fake's choice. Nothing is pushed before a valid login.
 *
 * <p>Fault injection for tests of the consumer: {@link #inject(Fault)} queues what happens to the next alerts
 * (dropped, sent twice, held back and sent after the one that follows: reordered), one fault per alert.
 */
public final class FakeOrderUpdateServer implements AutoCloseable {

    /** What happens to one alert on its way out. */
    public enum Fault {
        /** Sent once, in order (what happens without a fault). */
        DELIVER,
        /** Never sent. */
        DROP,
        /** Sent twice in a row. */
        DUPLICATE,
        /** Held back and sent right after the next alert (the two arrive swapped); see {@link #flushHeld()}. */
        REORDER
    }

    private final Undertow server;
    private final Set<WebSocketChannel> loggedIn = new CopyOnWriteArraySet<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<String> sent = new ArrayList<>();
    private final List<String> logins = new ArrayList<>();
    private String held;

    private FakeOrderUpdateServer(FakeAccount account) {
        server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(Handlers.websocket((exchange, channel) -> {
                    channel.getReceiveSetter().set(new Listener());
                    channel.resumeReceives();
                }))
                .build();
        server.start();
        account.subscribe(alert -> publish(FakeJson.write(alert)));
    }

    /** Starts the socket, pushing the alerts of {@code account}. */
    public static FakeOrderUpdateServer start(FakeAccount account) {
        return new FakeOrderUpdateServer(account);
    }

    /** Returns the socket's URL, {@code ws://127.0.0.1:PORT}. */
    public URI url() {
        InetSocketAddress address =
                (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
        return URI.create("ws://127.0.0.1:" + address.getPort());
    }

    /** Queues a fault for the next alert (one per alert, in order). */
    public synchronized void inject(Fault fault) {
        faults.add(fault);
    }

    /** Sends an alert held back by {@link Fault#REORDER} when no other alert followed it. */
    public synchronized void flushHeld() {
        if (held != null) {
            send(held);
            held = null;
        }
    }

    /** Returns the messages sent so far, in order, after faults (each duplicate counted). */
    public synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    /** Returns the login messages received, valid or not. */
    public synchronized List<String> logins() {
        return List.copyOf(logins);
    }

    /** Returns how many clients are logged in. */
    public int sessions() {
        return loggedIn.size();
    }

    private synchronized void publish(String alert) {
        Fault fault = faults.isEmpty() ? Fault.DELIVER : faults.poll();
        switch (fault) {
            case DELIVER -> send(alert);
            case DROP -> {
                // lost on the way
            }
            case DUPLICATE -> {
                send(alert);
                send(alert);
            }
            case REORDER -> {
                flushHeld();
                held = alert;
                return;
            }
        }
        flushHeld();
    }

    private void send(String message) {
        sent.add(message);
        for (WebSocketChannel channel : loggedIn) {
            WebSockets.sendText(message, channel, null);
        }
    }

    /** Validates the login message; returns why it is refused, or empty. */
    static Optional<String> loginProblem(String text) {
        Optional<JsonNode> json = FakeJson.read(text);
        if (json.isEmpty() || !json.get().isObject()) {
            return Optional.of("the login is not a JSON object");
        }
        JsonNode login = json.get().path("LoginReq");
        JsonNode code = login.path("MsgCode");
        if (!(code.isIntegralNumber() && code.asInt() == 42) && !(code.isTextual() && "42".equals(code.asText()))) {
            return Optional.of("LoginReq.MsgCode must be 42");
        }
        if (!FakeDhanServer.CLIENT_ID.equals(login.path("ClientId").asText(null))) {
            return Optional.of("LoginReq.ClientId is not the account's");
        }
        if (!FakeDhanServer.ACCESS_TOKEN.equals(login.path("Token").asText(null))) {
            return Optional.of("LoginReq.Token is invalid or expired");
        }
        if (!"SELF".equals(json.get().path("UserType").asText(null))) {
            return Optional.of("UserType must be SELF");
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        for (WebSocketChannel channel : loggedIn) {
            WebSockets.sendClose(CloseMessage.GOING_AWAY, "server closing", channel, null);
        }
        server.stop();
    }

    private final class Listener extends AbstractReceiveListener {

        @Override
        protected void onFullTextMessage(WebSocketChannel channel, BufferedTextMessage message) {
            String text = message.getData();
            if (loggedIn.contains(channel)) {
                return;
            }
            synchronized (FakeOrderUpdateServer.this) {
                logins.add(text);
            }
            Optional<String> problem = loginProblem(text);
            if (problem.isPresent()) {
                WebSockets.sendClose(CloseMessage.MSG_VIOLATES_POLICY, problem.get(), channel, null);
                return;
            }
            loggedIn.add(channel);
        }

        @Override
        protected void onClose(WebSocketChannel channel, io.undertow.websockets.core.StreamSourceFrameChannel frame)
                throws java.io.IOException {
            loggedIn.remove(channel);
            super.onClose(channel, frame);
        }
    }
}
