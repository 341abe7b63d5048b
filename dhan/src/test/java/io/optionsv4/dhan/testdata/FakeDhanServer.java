package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.optionsv4.dhan.testdata.FakeRateLimits.ApiClass;
import io.optionsv4.dhan.testdata.FakeRateLimits.Refusal;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict local fake of Dhan API v2 REST on 127.0.0.1 and an ephemeral port, serving everything under {@code /v2}
 * as the offline reference ({@code reference/dhan-api-v2.md}) describes it. {@code docs/dhan-fake-server.md} lists
 * what it enforces; in order, for every request:
 *
 * <ol>
 *   <li>a scripted answer ({@link #enqueue}) is served as is, skipping every check;
 *   <li>a failure asked for with {@link #failNext} (HTML 401/502 gateway page) answers instead of the API;
 *   <li>the method and path must be an endpoint the fake serves (else 404/405);
 *   <li>{@code access-token} must be the account's (401 + DH-901; an expired token, {@link #expireToken()}, answers
 *       DH-901 on trading endpoints and data-API 807 on data endpoints); {@code client-id} must be the account's on
 *       {@code /marketfeed/*} and {@code /optionchain*} (401 + 810);
 *   <li>a POST or PUT needs {@code Content-Type: application/json}; an {@code Accept} header, when sent, must allow
 *       JSON; GET and DELETE carry no body (400 + DH-905);
 *   <li>the rate limits of {@link FakeRateLimits} (429 + 805 on data endpoints, 429 + DH-904 on trading endpoints);
 *   <li>the body must be a JSON object matching the endpoint's schema (400 + DH-905 naming the key);
 *   <li>the endpoint answers from the {@link FakeMarket} and the {@link FakeAccount} for what was asked.
 * </ol>
 *
 * <p>Every request is recorded with its arrival time on the server's clock and the status it got. Failure modes on
 * demand: a body stalled after the headers ({@link Failure#STALL_BODY}), a connection dropped mid-body, an HTML 401
 * or 502 gateway page, the token expiring mid-session ({@link #expireTokenAfter(int)}).
 */
public final class FakeDhanServer implements AutoCloseable {

    /** The client id the server accepts. */
    public static final String CLIENT_ID = "1000000001";

    /** The access token the server accepts (a test value, not a real token). */
    public static final String ACCESS_TOKEN = "fake-access-token-for-tests";

    /** A failure the server produces on demand for the next request of a path. */
    public enum Failure {
        /** The real answer's headers and half its body, then nothing until released or closed. */
        STALL_BODY,
        /** The real answer's headers and half its body, then the connection closes. */
        DROP_CONNECTION,
        /** A gateway's HTML page with HTTP 401 instead of the API. */
        HTML_401,
        /** A gateway's HTML page with HTTP 502 instead of the API. */
        HTML_502
    }

    /**
     * What the fake server does where the reference leaves a choice.
     *
     * @param limits rate limits, jitter and blocking
     * @param rejectUnknownQuoteIds true: a quote request with any unknown id is 400 + 813; false (default): unknown
     *     ids are left out of the answer
     * @param account the trading account's behaviour (orders, funds)
     */
    public record Settings(
            FakeRateLimits.Settings limits, boolean rejectUnknownQuoteIds, FakeAccount.Settings account) {

        /** The defaults. */
        public static final Settings DEFAULT =
                new Settings(FakeRateLimits.Settings.DEFAULT, false, FakeAccount.Settings.DEFAULT);

        /** Returns a copy with arrivals displaced by up to {@code jitter} (for real-time tests). */
        public Settings withJitter(Duration jitter) {
            return new Settings(limits.withJitter(jitter), rejectUnknownQuoteIds, account);
        }

        /** Returns a copy with another per-second order limit. */
        public Settings withOrdersPerSecond(int perSecond) {
            return new Settings(limits.withOrdersPerSecond(perSecond), rejectUnknownQuoteIds, account);
        }

        /** Returns a copy that blocks the account for {@code duration} after {@code after} throttled calls. */
        public Settings withBlocking(int after, Duration duration) {
            return new Settings(limits.withBlocking(after, duration), rejectUnknownQuoteIds, account);
        }

        /** Returns a copy refusing quote requests with unknown ids. */
        public Settings rejectingUnknownQuoteIds() {
            return new Settings(limits, true, account);
        }

        /** Returns a copy with other account settings. */
        public Settings withAccount(FakeAccount.Settings newAccount) {
            return new Settings(limits, rejectUnknownQuoteIds, newAccount);
        }
    }

    /** Handles a request that passed the common checks. */
    @FunctionalInterface
    interface Handler {
        FakeResponse handle(FakeRequest request);
    }

    private record Route(String method, Pattern path, ApiClass apiClass, boolean dataApi, Handler handler) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Clock clock;
    private final Settings settings;
    private final FakeMarket market = new FakeMarket();
    private final FakeRateLimits limits;
    private final FakeAccount account;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Deque<FakeResponse>> scripts = new HashMap<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final Map<String, FakeResponse> defaults = new HashMap<>();
    private final List<FakeExchange> exchanges = new ArrayList<>();
    private final CountDownLatch stalls = new CountDownLatch(1);
    private FakeOrderUpdateServer orderUpdates;
    private boolean tokenExpired;
    private int callsUntilExpiry = -1;

    private FakeDhanServer(Clock clock, Settings settings) throws IOException {
        this.clock = clock;
        this.settings = settings;
        this.limits = new FakeRateLimits(settings.limits());
        this.account = new FakeAccount(market, clock, settings.account());
        MarketDataRoutes data = new MarketDataRoutes(market, settings);
        route("POST", "/optionchain", ApiClass.OPTION_CHAIN, true, data::optionChain);
        route("POST", "/optionchain/expirylist", ApiClass.OPTION_CHAIN, true, data::expiryList);
        for (String kind : List.of("ltp", "ohlc", "quote")) {
            route("POST", "/marketfeed/" + kind, ApiClass.QUOTE, true, r -> data.quotes(r, kind));
        }
        route("POST", "/charts/historical", ApiClass.DATA, true, r -> data.historical(r, today()));
        route("POST", "/charts/intraday", ApiClass.DATA, true, r -> data.intraday(r, now()));
        new OrderRoutes(account, market).register(this::route);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server with the default settings whose rate limits and request times use {@code clock}. */
    public static FakeDhanServer start(Clock clock) {
        return start(clock, Settings.DEFAULT);
    }

    /** Starts a server with {@code settings}. */
    public static FakeDhanServer start(Clock clock, Settings settings) {
        try {
            return new FakeDhanServer(clock, settings);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Dhan server", e);
        }
    }

    void route(String method, String path, ApiClass apiClass, boolean dataApi, Handler handler) {
        routes.add(
                new Route(method, Pattern.compile("/v2" + path.replace("{}", "([^/]+)")), apiClass, dataApi, handler));
    }

    /** Returns the REST base, {@code http://127.0.0.1:PORT/v2}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2");
    }

    /** Returns the market the answers come from (prices, books); tests may change it. */
    public FakeMarket market() {
        return market;
    }

    /** Returns the trading account (orders, trades, positions, funds); tests drive order transitions through it. */
    public FakeAccount account() {
        return account;
    }

    /** Starts (once) and returns the order-update WebSocket of this server's account; closed with the server. */
    public synchronized FakeOrderUpdateServer orderUpdates() {
        if (orderUpdates == null) {
            orderUpdates = FakeOrderUpdateServer.start(account);
        }
        return orderUpdates;
    }

    /** Queues a one-shot answer for {@code path} (e.g. {@code /v2/optionchain}), served before any check. */
    public synchronized void enqueue(String path, FakeResponse response) {
        scripts.computeIfAbsent(path, k -> new ArrayDeque<>()).add(response);
    }

    /** Replaces the answer of {@code path} after the checks (auth, headers, limits) have passed. */
    public synchronized void setDefault(String path, FakeResponse response) {
        defaults.put(path, response);
    }

    /** Makes the next request of {@code path} fail as {@code failure}. */
    public synchronized void failNext(String path, Failure failure) {
        failures.computeIfAbsent(path, k -> new ArrayDeque<>()).add(failure);
    }

    /** Lets stalled bodies finish (they never complete otherwise, until the server closes). */
    public void releaseStalls() {
        stalls.countDown();
    }

    /** Expires the access token now: every later call is refused as with an expired token. */
    public synchronized void expireToken() {
        tokenExpired = true;
    }

    /** Expires the access token after {@code calls} more authenticated calls (the token dies mid-session). */
    public synchronized void expireTokenAfter(int calls) {
        callsUntilExpiry = calls;
    }

    /** Returns every request received so far, in arrival order. */
    public synchronized List<RecordedRequest> requests() {
        return exchanges.stream().map(FakeExchange::request).toList();
    }

    /** Returns the requests received on {@code path}, in arrival order. */
    public synchronized List<RecordedRequest> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Returns every request with the status it got, in arrival order. */
    public synchronized List<FakeExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Returns the parsed JSON body of a recorded request. */
    public JsonNode body(RecordedRequest request) throws IOException {
        return FakeJson.MAPPER.readTree(request.body());
    }

    @Override
    public void close() {
        stalls.countDown();
        synchronized (this) {
            if (orderUpdates != null) {
                orderUpdates.close();
            }
        }
        server.stop(0);
        executor.shutdownNow();
        account.close();
    }

    private Instant nowInstant() {
        return clock.instant();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(nowInstant(), FakeMarket.IST);
    }

    private java.time.LocalDate today() {
        return now().toLocalDate();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            RecordedRequest request =
                    new RecordedRequest(exchange.getRequestMethod(), path, Map.copyOf(headers), body, nowInstant());
            FakeResponse response = answer(request);
            respond(exchange, response);
        }
    }

    private synchronized FakeResponse answer(RecordedRequest request) {
        FakeResponse response = decide(request);
        exchanges.add(new FakeExchange(request, response.status(), response.body()));
        return response;
    }

    private FakeResponse decide(RecordedRequest request) {
        String path = request.path();
        Deque<FakeResponse> script = scripts.get(path);
        if (script != null && !script.isEmpty()) {
            return script.poll();
        }
        Deque<Failure> failure = failures.get(path);
        Failure next = failure == null ? null : failure.poll();
        if (next == Failure.HTML_401) {
            return FakeResponse.gatewayPage(401, "Authorization Required");
        }
        if (next == Failure.HTML_502) {
            return FakeResponse.gatewayPage(502, "Bad Gateway");
        }
        FakeResponse response = checked(request);
        if (next == Failure.STALL_BODY) {
            return response.truncated(FakeResponse.Truncation.STALL);
        }
        if (next == Failure.DROP_CONNECTION) {
            return response.truncated(FakeResponse.Truncation.CONNECTION);
        }
        return response;
    }

    private FakeResponse checked(RecordedRequest request) {
        List<Route> onPath = routes.stream()
                .filter(r -> r.path().matcher(request.path()).matches())
                .toList();
        if (onPath.isEmpty()) {
            return FakeResponse.tradingApiError(404, "DH-910", "Others", "No such endpoint: " + request.path());
        }
        Optional<Route> found =
                onPath.stream().filter(r -> r.method().equals(request.method())).findFirst();
        if (found.isEmpty()) {
            return FakeResponse.tradingApiError(
                    405, "DH-910", "Others", request.method() + " is not allowed on " + request.path());
        }
        Route route = found.get();
        Optional<FakeResponse> refused = authenticate(request, route);
        if (refused.isEmpty()) {
            refused = headersAndBody(request);
        }
        if (refused.isEmpty()) {
            refused = throttle(route, request.at());
        }
        if (refused.isPresent()) {
            return refused.get();
        }
        JsonNode body = null;
        if (hasBody(request.method())) {
            Optional<JsonNode> parsed = FakeJson.read(request.body());
            if (parsed.isEmpty() || !parsed.get().isObject()) {
                return FakeResponse.inputError("the body must be a JSON object");
            }
            body = parsed.get();
            if (body.has("dhanClientId")
                    && !(body.get("dhanClientId").isTextual()
                            && CLIENT_ID.equals(body.get("dhanClientId").asText()))) {
                return FakeResponse.inputError("'dhanClientId': expected the JSON string \"" + CLIENT_ID + "\"");
            }
        }
        FakeResponse scripted = defaults.get(request.path());
        if (scripted != null) {
            return scripted;
        }
        Matcher m = route.path().matcher(request.path());
        m.matches();
        List<String> params = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
            params.add(m.group(g));
        }
        return route.handler().handle(new FakeRequest(request.method(), request.path(), body, params, request.at()));
    }

    private Optional<FakeResponse> authenticate(RecordedRequest request, Route route) {
        if (!ACCESS_TOKEN.equals(request.headers().get("access-token"))) {
            return Optional.of(FakeResponse.expiredToken());
        }
        if (callsUntilExpiry == 0) {
            tokenExpired = true;
            callsUntilExpiry = -1;
        }
        if (tokenExpired) {
            return Optional.of(
                    route.dataApi()
                            ? FakeResponse.dataApiError(401, "807", "Access token is expired")
                            : FakeResponse.expiredToken());
        }
        if (callsUntilExpiry > 0) {
            callsUntilExpiry--;
        }
        if (route.dataApi() && !CLIENT_ID.equals(request.headers().get("client-id"))) {
            return Optional.of(FakeResponse.dataApiError(401, "810", "Client ID is invalid"));
        }
        return Optional.empty();
    }

    private static Optional<FakeResponse> headersAndBody(RecordedRequest request) {
        String accept = request.headers().get("accept");
        if (accept != null && !accept.contains("application/json") && !accept.contains("*/*")) {
            return Optional.of(FakeResponse.inputError("the API answers JSON only, but Accept is " + accept));
        }
        if (hasBody(request.method())) {
            String type = request.headers().getOrDefault("content-type", "");
            if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                return Optional.of(
                        FakeResponse.inputError("Content-Type must be application/json, was '" + type + "'"));
            }
        } else if (!request.body().isEmpty()) {
            return Optional.of(FakeResponse.inputError(request.method() + " takes no body"));
        }
        return Optional.empty();
    }

    private Optional<FakeResponse> throttle(Route route, Instant at) {
        Optional<Refusal> refusal = limits.admit(route.apiClass(), at);
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        String message = refusal.get() == Refusal.BLOCKED
                ? "Too many requests: the user is blocked until " + limits.blockedUntil()
                : FakeResponse.TOO_MANY_REQUESTS;
        return Optional.of(
                route.dataApi()
                        ? FakeResponse.dataApiError(429, "805", message)
                        : FakeResponse.tradingApiError(429, "DH-904", "Rate_Limit", message));
    }

    private static boolean hasBody(String method) {
        return "POST".equals(method) || "PUT".equals(method);
    }

    private void respond(HttpExchange exchange, FakeResponse response) throws IOException {
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
        OutputStream out = exchange.getResponseBody();
        switch (response.truncation()) {
            case NONE -> {
                exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
                out.write(bytes);
            }
            case JSON -> {
                exchange.sendResponseHeaders(response.status(), 0);
                out.write(bytes, 0, bytes.length / 2);
            }
            case CONNECTION -> {
                exchange.sendResponseHeaders(response.status(), bytes.length);
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                throw new IOException("fake server drops the connection halfway");
            }
            case STALL -> {
                exchange.sendResponseHeaders(response.status(), bytes.length);
                out.write(bytes, 0, bytes.length / 2);
                out.flush();
                try {
                    if (stalls.await(2, TimeUnit.MINUTES)) {
                        out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("fake server stopped while stalling", e);
                }
            }
        }
    }
}
