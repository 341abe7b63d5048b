package io.optionsv4.dhan.rest;

import io.optionsv4.core.result.Checks;
import java.net.URI;
import java.time.Duration;

/**
 * Connection settings of the Dhan API v2 REST adapter. The access token is a secret: {@link #toString()} masks it and
 * nothing in this module logs or prints it.
 *
 * @param baseUrl the REST base, {@link #DEFAULT_BASE_URL} in production; tests point it at a loopback fake server
 *     ({@code http://127.0.0.1:PORT/v2}); no trailing slash; plain http is refused unless the host is loopback
 * @param clientId the Dhan client id ({@code DHAN_CLIENT_ID}), sent as header {@code client-id}
 * @param accessToken the access token ({@code DHAN_ACCESS_TOKEN}), sent as header {@code access-token}
 * @param requestTimeout how long one attempt may take, from sending the request until the whole response (status,
 *     headers and body) has arrived, {@code > 0}; a body that stalls after its headers fails the attempt at this time
 * @param retry retry and back-off policy
 * @param rateBudget where the rate budget lives: per process, or shared by every process of the account
 */
public record DhanConfig(
        URI baseUrl,
        String clientId,
        String accessToken,
        Duration requestTimeout,
        RetryPolicy retry,
        RateBudget rateBudget) {

    private static final java.util.Set<String> LOOPBACK = java.util.Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    /** Dhan's production REST base. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.dhan.co/v2");

    /** The default per-attempt timeout (the whole response), 10 s. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Validates the settings and drops a trailing slash of the base URL.
     *
     * @throws IllegalArgumentException naming a missing value, a base URL that is not absolute http(s), or a timeout
     *     that is not positive; the token itself is never part of the message
     */
    public DhanConfig {
        Checks.notNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        Checks.argument(
                baseUrl.isAbsolute() && ("https".equals(scheme) || "http".equals(scheme)),
                "baseUrl must be an absolute http(s) URL but was " + baseUrl);
        Checks.argument(
                "https".equals(scheme) || LOOPBACK.contains(String.valueOf(baseUrl.getHost())),
                "refusing the plain-http Dhan base URL " + baseUrl + ": the access token would travel unencrypted;"
                        + " use https (http is accepted only for a loopback test server)");
        String text = baseUrl.toString();
        baseUrl = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : baseUrl;
        Checks.notBlank(clientId, "clientId");
        Checks.argument(accessToken != null && !accessToken.isBlank(), "accessToken must not be blank");
        Checks.notNull(requestTimeout, "requestTimeout");
        Checks.argument(requestTimeout.isPositive(), "requestTimeout must be > 0 but was " + requestTimeout);
        Checks.notNull(retry, "retry");
        Checks.notNull(rateBudget, "rateBudget");
    }

    /** Creates settings with a per-process rate budget ({@link RateBudget#PER_PROCESS}). */
    public DhanConfig(URI baseUrl, String clientId, String accessToken, Duration requestTimeout, RetryPolicy retry) {
        this(baseUrl, clientId, accessToken, requestTimeout, retry, RateBudget.PER_PROCESS);
    }

    /** Returns the production settings for a client id and access token, with the default timeout and retries. */
    public static DhanConfig of(String clientId, String accessToken) {
        return new DhanConfig(DEFAULT_BASE_URL, clientId, accessToken, DEFAULT_REQUEST_TIMEOUT, RetryPolicy.DEFAULT);
    }

    /** Returns a copy with another REST base URL. */
    public DhanConfig withBaseUrl(URI newBaseUrl) {
        return new DhanConfig(newBaseUrl, clientId, accessToken, requestTimeout, retry, rateBudget);
    }

    /** Returns a copy with another per-attempt timeout. */
    public DhanConfig withRequestTimeout(Duration newRequestTimeout) {
        return new DhanConfig(baseUrl, clientId, accessToken, newRequestTimeout, retry, rateBudget);
    }

    /** Returns a copy with another retry policy. */
    public DhanConfig withRetry(RetryPolicy newRetry) {
        return new DhanConfig(baseUrl, clientId, accessToken, requestTimeout, newRetry, rateBudget);
    }

    /** Returns a copy with another rate budget, e.g. {@link RateBudget#shared(java.nio.file.Path)}. */
    public DhanConfig withRateBudget(RateBudget newRateBudget) {
        return new DhanConfig(baseUrl, clientId, accessToken, requestTimeout, retry, newRateBudget);
    }

    /** Returns the settings with the access token masked. */
    @Override
    public String toString() {
        return "DhanConfig[baseUrl=" + baseUrl + ", clientId=" + clientId + ", accessToken=****, requestTimeout="
                + requestTimeout + ", retry=" + retry + ", rateBudget=" + rateBudget + "]";
    }
}
