package io.optionsv4.dhan.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.SafeText;
import io.optionsv4.dhan.wire.DhanErrorBody;
import io.optionsv4.dhan.wire.DhanJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts JSON to Dhan API v2 and returns the parsed response: sets the {@code access-token}, {@code client-id},
 * {@code Content-Type} and {@code Accept} headers, keeps calls within the sliding windows of their {@link
 * RateLimitGroup} and the config's {@link RateBudget} (shared by the processes of the account when it names a
 * directory; its guard lengthens every window), retries per the {@link
 * RetryPolicy} and turns every failure into a {@link MarketDataException} that keeps its cause.
 *
 * <p>Each attempt has one deadline, the request timeout, for the whole response: a body that stalls after its headers
 * is cancelled (its connection closed) when the deadline passes, and the attempt counts as timed out.
 *
 * <p>Retried: HTTP 429 and 5xx without a known code (also a gateway's HTML 502 page), retryable codes (DH-904, DH-908,
 * DH-909, 800, 805), timeouts and I/O errors (connection reset, body shorter than announced). Not retried: a refusal
 * of the credentials (DH-901, 807-810, or HTTP 401 without a code, as a gateway's HTML 401 page), other codes and
 * 4xx, and a 2xx body that is not valid JSON (a truncated body from a proxy or a server bug; repeating the request
 * rarely helps and the error names the endpoint and the body's length). An HTML page is named as such, with its
 * title, never reported as a JSON parse error. After the last attempt the exception names the attempts and keeps the
 * last failure as its cause.
 *
 * <p>Once Dhan has refused the credentials, the client sends nothing more: every later call fails at once with a
 * {@link DhanApiException} that is {@link DhanApiException#isAccessDenied() access denied}, caused by the first
 * refusal, so a run over many symbols stops at its first call instead of failing once per symbol. Thread-safe.
 */
final class DhanRestClient implements AutoCloseable {

    private static final Pattern TITLE =
            Pattern.compile("<title>\\s*(.*?)\\s*</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final DhanConfig config;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final ObjectMapper json = DhanJson.newMapper();
    private final Map<RateLimitGroup, RateLimiter> limiters = new EnumMap<>(RateLimitGroup.class);
    private volatile DhanApiException accessDenied;

    DhanRestClient(DhanConfig config, Clock clock, Sleeper sleeper) {
        this(config, clock, sleeper, DhanTradingApi.DEFAULT_ORDERS_PER_SECOND);
    }

    /** Creates the client allowing {@code ordersPerSecond} order API calls (place, modify, cancel) in any second. */
    DhanRestClient(DhanConfig config, Clock clock, Sleeper sleeper, int ordersPerSecond) {
        this.config = config;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        RateBudget budget = config.rateBudget();
        for (RateLimitGroup group : RateLimitGroup.values()) {
            RateLog log = budget.directory()
                    .map(dir -> RateLog.file(dir.resolve(budgetFile(config.clientId(), group)), group.capacity()))
                    .orElseGet(() -> RateLog.inMemory(group.capacity()));
            List<RateWindow> windows =
                    group == RateLimitGroup.ORDER ? RateLimitGroup.orderWindows(ordersPerSecond) : group.windows();
            List<RateWindow> guarded =
                    windows.stream().map(w -> w.lengthenedBy(budget.guard())).toList();
            limiters.put(group, new RateLimiter(clock, sleeper, guarded, log));
        }
    }

    /** Returns the shared budget's file of a group: {@code dhan-<client id>-<group>.window}. */
    static String budgetFile(String clientId, RateLimitGroup group) {
        return "dhan-" + clientId.replaceAll("[^A-Za-z0-9]", "_") + "-" + group.fileName() + ".window";
    }

    /** Returns the JSON mapper of the wire format. */
    ObjectMapper json() {
        return json;
    }

    /**
     * Posts {@code body} as JSON to {@code endpoint} and returns the response's JSON.
     *
     * @throws DhanApiException when Dhan answers with a non-retryable error, or refused the credentials on an earlier
     *     call (then nothing is sent)
     * @throws MarketDataException when the retries are exhausted (cause: the last failure), the body is not JSON, or
     *     the thread is interrupted
     */
    JsonNode post(DhanEndpoint endpoint, Object body) {
        return call(new Call("POST", endpoint.path(), endpoint.group(), body, false));
    }

    /**
     * One REST call: a method, a path relative to the base, its rate group, a JSON body (null for GET and DELETE),
     * and whether it is sent at most once.
     *
     * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
     * @param path the path, e.g. {@code /orders/123}
     * @param group the rate-limit group
     * @param body the body written as JSON, or null for none
     * @param once true for calls that must not be repeated blindly (order placement, modification, cancellation): one
     *     attempt, and a time-out or broken connection after sending fails with {@link DhanUnknownOutcomeException}
     */
    record Call(String method, String path, RateLimitGroup group, Object body, boolean once) {

        /** Returns {@code METHOD /path} for messages. */
        String label() {
            return method + " " + path;
        }
    }

    /**
     * Sends {@code call} and returns the response's JSON.
     *
     * @throws DhanApiException when Dhan answers with a non-retryable error (any error for a call sent once), or
     *     refused the credentials on an earlier call (then nothing is sent)
     * @throws DhanUnknownOutcomeException when a call sent once timed out or lost its connection after it was sent
     * @throws MarketDataException when the retries are exhausted (cause: the last failure), the body is not JSON, or
     *     the thread is interrupted
     */
    JsonNode call(Call call) {
        DhanApiException denied = accessDenied;
        if (denied != null) {
            throw DhanApiException.notSent(denied, call.label());
        }
        HttpRequest request = request(call);
        RetryPolicy retry = config.retry();
        int attempts = call.once() ? 1 : retry.maxAttempts();
        MarketDataException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            RateLimiter limiter = limiters.get(call.group());
            RateLimiter.Permit permit = limiter.acquire(call.label());
            Duration retryAfter = Duration.ZERO;
            try {
                HttpResponse<String> response;
                try {
                    response = send(request, call.label());
                } finally {
                    limiter.done(permit);
                }
                Parsed parsed = parse(response.body());
                Optional<DhanApiException> error = error(call.label(), response, parsed);
                if (error.isEmpty()) {
                    requireNotHtml(call.label(), response, parsed);
                    return parsed.require(call.label(), response.body());
                }
                if (error.get().isAccessDenied()) {
                    accessDenied = error.get();
                    throw error.get();
                }
                if (call.once() || !error.get().isRetryable()) {
                    throw error.get();
                }
                last = error.get();
                retryAfter = retryAfter(response);
            } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
                last = new MarketDataException(
                        "Dhan " + call.label() + " could not connect: " + redact(String.valueOf(e.getMessage())), e);
            } catch (HttpTimeoutException e) {
                last = unsent(call, "timed out after " + config.requestTimeout(), e);
            } catch (IOException e) {
                last = unsent(call, "failed: " + redact(String.valueOf(e.getMessage())), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MarketDataException("interrupted while calling Dhan " + call.label(), e);
            }
            if (attempt < attempts) {
                pause(retry, attempt, retryAfter);
            }
        }
        if (call.once()) {
            throw last;
        }
        throw new MarketDataException(
                "Dhan " + call.label() + " failed after " + attempts + " attempts; last: " + last.getMessage(), last);
    }

    /** The failure of an attempt that was sent: for a call sent once its outcome is unknown. */
    private MarketDataException unsent(Call call, String what, IOException cause) {
        String message = "Dhan " + call.label() + " " + what;
        return call.once() ? new DhanUnknownOutcomeException(message, cause) : new MarketDataException(message, cause);
    }

    /** Closes the HTTP client at once, aborting any exchange still open (a stalled body never holds it). */
    @Override
    public void close() {
        http.shutdownNow();
    }

    /**
     * Sends {@code request} and reads at most {@link CappedBody#MAX_BYTES} of its body, waiting at most the request
     * timeout for the whole response (status, headers and body); on time-out or interrupt the body is cancelled,
     * which closes the connection.
     */
    private HttpResponse<String> send(HttpRequest request, String label) throws IOException, InterruptedException {
        CappedBody.Handler handler = CappedBody.handler(CappedBody.MAX_BYTES);
        CompletableFuture<HttpResponse<String>> response = http.sendAsync(request, handler);
        try {
            return response.get(config.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            handler.cancel();
            response.cancel(true);
            throw new HttpTimeoutException(
                    "Dhan " + label + " response did not complete within " + config.requestTimeout());
        } catch (InterruptedException e) {
            handler.cancel();
            response.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /**
     * Returns {@code text} from a response or an error without the access token (should the server echo it) or
     * anything shaped like a JWT, control characters escaped and cut to 200 characters: never print a secret.
     */
    String redact(String text) {
        String masked = text.replace(config.accessToken(), "****")
                .replaceAll("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*", "****");
        return SafeText.escape(masked);
    }

    private HttpRequest request(Call call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(config.baseUrl() + call.path()))
                .timeout(config.requestTimeout())
                .header("access-token", config.accessToken())
                .header("client-id", config.clientId())
                .header("Accept", "application/json");
        if (call.body() == null) {
            return builder.method(call.method(), HttpRequest.BodyPublishers.noBody())
                    .build();
        }
        String text;
        try {
            text = json.writeValueAsString(call.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the body of " + call.label() + ": " + e, e);
        }
        return builder.header("Content-Type", "application/json")
                .method(call.method(), HttpRequest.BodyPublishers.ofString(text))
                .build();
    }

    /** A response body read as JSON: the tree, or why it is not JSON. */
    private record Parsed(JsonNode node, JsonProcessingException failure) {

        JsonNode require(String label, String body) {
            if (failure != null) {
                throw new MarketDataException(
                        "Dhan " + label + " answered with malformed JSON (" + body.length()
                                + " characters; truncated?): " + failure.getOriginalMessage(),
                        failure);
            }
            if (node == null || node.isMissingNode()) {
                throw new MarketDataException("Dhan " + label + " answered with an empty body");
            }
            return node;
        }
    }

    private Parsed parse(String body) {
        try {
            return new Parsed(json.readTree(body), null);
        } catch (JsonProcessingException e) {
            return new Parsed(null, e);
        }
    }

    /** An error response: a non-2xx status, or a 2xx body of either error shape. */
    private Optional<DhanApiException> error(String label, HttpResponse<String> response, Parsed parsed) {
        int status = response.statusCode();
        boolean ok = status >= 200 && status < 300;
        Optional<DhanErrorBody> body = DhanErrorBody.parse(parsed.node());
        if (ok && body.isEmpty()) {
            return Optional.empty();
        }
        DhanErrorCode code = body.flatMap(b -> DhanErrorCode.find(b.code())).orElse(DhanErrorCode.UNKNOWN);
        String message = body.map(DhanErrorBody::message)
                .or(() -> html(response, parsed))
                .orElse(snippet(response.body()));
        return Optional.of(new DhanApiException(code, status, label, redact(message)));
    }

    /** A 2xx answer that is an HTML page (a captive portal, a WAF) fails naming the page, not as malformed JSON. */
    private void requireNotHtml(String label, HttpResponse<String> response, Parsed parsed) {
        Optional<String> page = html(response, parsed);
        if (page.isPresent()) {
            throw new MarketDataException(
                    "Dhan " + label + " answered HTTP " + response.statusCode() + " with " + redact(page.get()));
        }
    }

    /**
     * Describes a body that is an HTML page rather than JSON ({@code Content-Type: text/html}, or text starting with
     * {@code <}): a gateway, proxy or firewall answered instead of the API. Empty for anything else.
     */
    private static Optional<String> html(HttpResponse<String> response, Parsed parsed) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String body = response.body() == null ? "" : response.body().strip();
        if (parsed.node() != null || !(type.contains("html") || body.startsWith("<"))) {
            return Optional.empty();
        }
        Matcher title = TITLE.matcher(body);
        String name = title.find() ? title.group(1) : snippet(body.replaceAll("<[^>]*>", " "));
        return Optional.of(
                "an HTML page instead of JSON (\"" + snippet(name) + "\"): a gateway or proxy answered for the API");
    }

    private void pause(RetryPolicy retry, int attempt, Duration retryAfter) {
        Duration backoff = retry.backoff(attempt, ThreadLocalRandom.current().nextDouble());
        try {
            sleeper.sleep(retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarketDataException("interrupted while backing off from Dhan", e);
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Retry-After")
                .flatMap(DhanRestClient::seconds)
                .orElse(Duration.ZERO);
    }

    private static Optional<Duration> seconds(String text) {
        try {
            long seconds = Long.parseLong(text.strip());
            return seconds > 0 && seconds <= 300 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String snippet(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
