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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts JSON to Dhan API v2 and returns the parsed response: sets the {@code access-token}, {@code client-id},
 * {@code Content-Type} and {@code Accept} headers, spaces calls per {@link RateLimitGroup}, retries per the
 * {@link RetryPolicy} and turns every failure into a {@link MarketDataException} that keeps its cause.
 *
 * <p>Retried: HTTP 429 and 5xx without a known code, retryable codes (DH-904, DH-908, DH-909, 800, 805), timeouts and
 * I/O errors (connection reset, body shorter than announced). Not retried: authentication codes (a {@link
 * DhanApiException} whose message says how to renew the token), other codes and 4xx, and a 2xx body that is not
 * valid JSON (a truncated body from a proxy or a server bug; repeating the request rarely helps and the error names
 * the endpoint and the body's length). After the last attempt the exception names the attempts and keeps the last
 * failure as its cause. Thread-safe.
 */
final class DhanRestClient implements AutoCloseable {

    private final DhanConfig config;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final ObjectMapper json = DhanJson.newMapper();
    private final Map<RateLimitGroup, RateLimiter> limiters = new EnumMap<>(RateLimitGroup.class);

    DhanRestClient(DhanConfig config, Clock clock, Sleeper sleeper) {
        this.config = config;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (RateLimitGroup group : RateLimitGroup.values()) {
            limiters.put(group, new RateLimiter(clock, sleeper, group.interval()));
        }
    }

    /** Returns the JSON mapper of the wire format. */
    ObjectMapper json() {
        return json;
    }

    /**
     * Posts {@code body} as JSON to {@code endpoint} and returns the response's JSON.
     *
     * @throws DhanApiException when Dhan answers with a non-retryable error
     * @throws MarketDataException when the retries are exhausted (cause: the last failure), the body is not JSON, or
     *     the thread is interrupted
     */
    JsonNode post(DhanEndpoint endpoint, Object body) {
        HttpRequest request = request(endpoint, body);
        RetryPolicy retry = config.retry();
        MarketDataException last = null;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            limiters.get(endpoint.group()).acquire();
            Duration retryAfter = Duration.ZERO;
            try {
                HttpResponse<String> response = send(request, endpoint);
                Parsed parsed = parse(response.body());
                Optional<DhanApiException> error = error(endpoint, response, parsed);
                if (error.isEmpty()) {
                    return parsed.require(endpoint, response.body());
                }
                if (!error.get().isRetryable()) {
                    throw error.get();
                }
                last = error.get();
                retryAfter = retryAfter(response);
            } catch (HttpTimeoutException e) {
                last = new MarketDataException(
                        "Dhan " + endpoint.label() + " timed out after " + config.requestTimeout(), e);
            } catch (IOException e) {
                last = new MarketDataException(
                        "Dhan " + endpoint.label() + " failed: " + redact(String.valueOf(e.getMessage())), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MarketDataException("interrupted while calling Dhan " + endpoint.label(), e);
            }
            if (attempt < retry.maxAttempts()) {
                pause(retry, attempt, retryAfter);
            }
        }
        throw new MarketDataException(
                "Dhan " + endpoint.label() + " failed after " + retry.maxAttempts() + " attempts; last: "
                        + last.getMessage(),
                last);
    }

    @Override
    public void close() {
        http.close();
    }

    /**
     * Sends {@code request} and reads at most {@link CappedBody#MAX_BYTES} of its body, waiting at most twice the
     * request timeout for the whole response (the request timeout alone covers only the headers).
     */
    private HttpResponse<String> send(HttpRequest request, DhanEndpoint endpoint)
            throws IOException, InterruptedException {
        var response = http.sendAsync(request, CappedBody.handler(CappedBody.MAX_BYTES));
        try {
            return response.get(config.requestTimeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new HttpTimeoutException("Dhan " + endpoint.label() + " response did not finish within "
                    + config.requestTimeout().multipliedBy(2));
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

    private HttpRequest request(DhanEndpoint endpoint, Object body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the body of " + endpoint.label() + ": " + e, e);
        }
        return HttpRequest.newBuilder(URI.create(config.baseUrl() + endpoint.path()))
                .timeout(config.requestTimeout())
                .header("access-token", config.accessToken())
                .header("client-id", config.clientId())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .build();
    }

    /** A response body read as JSON: the tree, or why it is not JSON. */
    private record Parsed(JsonNode node, JsonProcessingException failure) {

        JsonNode require(DhanEndpoint endpoint, String body) {
            if (failure != null) {
                throw new MarketDataException(
                        "Dhan " + endpoint.label() + " answered with malformed JSON (" + body.length()
                                + " characters; truncated?): " + failure.getOriginalMessage(),
                        failure);
            }
            if (node == null || node.isMissingNode()) {
                throw new MarketDataException("Dhan " + endpoint.label() + " answered with an empty body");
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
    private Optional<DhanApiException> error(DhanEndpoint endpoint, HttpResponse<String> response, Parsed parsed) {
        int status = response.statusCode();
        boolean ok = status >= 200 && status < 300;
        Optional<DhanErrorBody> body = DhanErrorBody.parse(parsed.node());
        if (ok && body.isEmpty()) {
            return Optional.empty();
        }
        DhanErrorCode code = body.flatMap(b -> DhanErrorCode.find(b.code())).orElse(DhanErrorCode.UNKNOWN);
        String message = body.map(DhanErrorBody::message).orElse(snippet(response.body()));
        return Optional.of(new DhanApiException(code, status, endpoint.label(), redact(message)));
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
