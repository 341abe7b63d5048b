package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local fake of Dhan API v2 REST on 127.0.0.1 and an ephemeral port, serving everything under {@code /v2}.
 *
 * <p>By default each endpoint answers with its documented fixture ({@link DhanFixtures}). Like the real server it
 * checks the {@code access-token} header on every call (401 + DH-901 when missing or wrong), requires {@code
 * client-id} on {@code /marketfeed/*} and {@code /optionchain*} (401 + data-API 810), rejects a body that is not a
 * JSON object (400 + DH-905), and throttles: an option-chain call sooner than 3 s after the previous one, a quote call
 * sooner than 1 s, on the given clock, answers 429 + data-API 805. Tests script one-shot answers per path with {@link
 * #enqueue(String, FakeResponse)} (errors, slow or truncated bodies); scripted answers skip the checks. Every request
 * is recorded with its arrival time on the clock.
 */
public final class FakeDhanServer implements AutoCloseable {

    /** The client id the server accepts. */
    public static final String CLIENT_ID = "1000000001";

    /** The access token the server accepts (a test value, not a real token). */
    public static final String ACCESS_TOKEN = "fake-access-token-for-tests";

    private static final Map<String, String> FIXTURES = Map.of(
            "/v2/optionchain", "optionchain.json",
            "/v2/optionchain/expirylist", "optionchain-expirylist.json",
            "/v2/marketfeed/ltp", "marketfeed-ltp.json",
            "/v2/marketfeed/quote", "marketfeed-quote.json",
            "/v2/charts/historical", "charts-historical.json",
            "/v2/charts/intraday", "charts-intraday.json",
            "/v2/margincalculator", "margincalculator.json");

    /** Throttle group of each throttled path: the chain and its expiry list share one, the quote endpoints one. */
    private static final Map<String, String> THROTTLE_GROUPS = Map.of(
            "/v2/optionchain", "chain",
            "/v2/optionchain/expirylist", "chain",
            "/v2/marketfeed/ltp", "quote",
            "/v2/marketfeed/ohlc", "quote",
            "/v2/marketfeed/quote", "quote");

    private static final Map<String, Duration> THROTTLES =
            Map.of("chain", Duration.ofSeconds(3), "quote", Duration.ofSeconds(1));

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Deque<FakeResponse>> scripts = new HashMap<>();
    private final Map<String, FakeResponse> defaults = new HashMap<>();
    private final Map<String, Instant> lastCall = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    private FakeDhanServer(Clock clock) throws IOException {
        this.clock = clock;
        FIXTURES.forEach((path, file) -> defaults.put(path, FakeResponse.ok(DhanFixtures.shared(file))));
        defaults.put("/v2/marketfeed/ohlc", FakeResponse.ok(DhanFixtures.own("marketfeed-ohlc.json")));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server on 127.0.0.1 whose throttles and request times use {@code clock}. */
    public static FakeDhanServer start(Clock clock) {
        try {
            return new FakeDhanServer(clock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Dhan server", e);
        }
    }

    /** Returns the REST base, {@code http://127.0.0.1:PORT/v2}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2");
    }

    /** Queues a one-shot answer for {@code path} (e.g. {@code /v2/optionchain}), served before the default. */
    public synchronized void enqueue(String path, FakeResponse response) {
        scripts.computeIfAbsent(path, k -> new ArrayDeque<>()).add(response);
    }

    /** Replaces the default answer of {@code path}. */
    public synchronized void setDefault(String path, FakeResponse response) {
        defaults.put(path, response);
    }

    /** Returns every request received so far, in arrival order. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Returns the requests received on {@code path}, in arrival order. */
    public synchronized List<RecordedRequest> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Returns the parsed JSON body of a recorded request. */
    public JsonNode body(RecordedRequest request) throws IOException {
        return json.readTree(request.body());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            FakeResponse response = answer(exchange.getRequestMethod(), path, headers, body);
            respond(exchange, response);
        }
    }

    private synchronized FakeResponse answer(String method, String path, Map<String, String> headers, String body) {
        Instant now = clock.instant();
        requests.add(new RecordedRequest(method, path, Map.copyOf(headers), body, now));
        Deque<FakeResponse> script = scripts.get(path);
        if (script != null && !script.isEmpty()) {
            return script.poll();
        }
        if (!"POST".equals(method)) {
            return FakeResponse.of(405, "{}");
        }
        if (!ACCESS_TOKEN.equals(headers.get("access-token"))) {
            return FakeResponse.expiredToken();
        }
        boolean dataApi = path.startsWith("/v2/marketfeed/") || path.startsWith("/v2/optionchain");
        if (dataApi && !CLIENT_ID.equals(headers.get("client-id"))) {
            return FakeResponse.dataApiError(401, "810", "Client ID is invalid");
        }
        if (!isJsonObject(body)) {
            return FakeResponse.tradingApiError(
                    400, "DH-905", "Input_Exception", "Missing required fields, bad values for parameters etc.");
        }
        String group = THROTTLE_GROUPS.get(path);
        Instant previous = group == null ? null : lastCall.put(group, now);
        if (previous != null && Duration.between(previous, now).compareTo(THROTTLES.get(group)) < 0) {
            return FakeResponse.dataApiError(
                    429, "805", "Too many requests. Further requests may result in the user being blocked.");
        }
        return defaults.getOrDefault(path, FakeResponse.of(404, "{}"));
    }

    private boolean isJsonObject(String body) {
        try {
            return json.readTree(body).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private static void respond(HttpExchange exchange, FakeResponse response) throws IOException {
        if (response.delay().isPositive()) {
            try {
                Thread.sleep(response.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        switch (response.truncation()) {
            case NONE -> {
                exchange.sendResponseHeaders(response.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            case JSON -> {
                exchange.sendResponseHeaders(response.status(), 0);
                exchange.getResponseBody().write(bytes, 0, bytes.length / 2);
            }
            case CONNECTION -> {
                exchange.sendResponseHeaders(response.status(), bytes.length);
                OutputStream out = exchange.getResponseBody();
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                throw new IOException("fake server drops the connection halfway");
            }
        }
    }
}
