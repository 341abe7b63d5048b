package io.optionsv4.dhan.testdata;

import java.time.Duration;
import java.util.Map;

/**
 * A scripted answer of the {@link FakeDhanServer}.
 *
 * @param status HTTP status
 * @param body the JSON body
 * @param delay real time to wait before answering (beyond the client's timeout for a slow response)
 * @param truncation how the body is cut short, if at all
 * @param headers extra response headers
 */
public record FakeResponse(
        int status, String body, Duration delay, Truncation truncation, Map<String, String> headers) {

    /** How a body is cut short. */
    public enum Truncation {
        /** The whole body. */
        NONE,
        /** A complete HTTP response (chunked) whose JSON stops halfway. */
        JSON,
        /** The announced Content-Length is not delivered: the connection closes halfway. */
        CONNECTION
    }

    /** Returns a 200 answer with {@code body}. */
    public static FakeResponse ok(String body) {
        return new FakeResponse(200, body, Duration.ZERO, Truncation.NONE, Map.of());
    }

    /** Returns an answer with any status and body. */
    public static FakeResponse of(int status, String body) {
        return new FakeResponse(status, body, Duration.ZERO, Truncation.NONE, Map.of());
    }

    /** Returns a data-API error, e.g. {@code dataApiError(429, "805", "Too many requests")}. */
    public static FakeResponse dataApiError(int status, String code, String message) {
        return of(status, "{\"data\":{\"" + code + "\":\"" + message + "\"},\"status\":\"failed\"}");
    }

    /** Returns a trading-API error, e.g. {@code tradingApiError(401, "DH-901", "Invalid_Authentication", "...")}. */
    public static FakeResponse tradingApiError(int status, String code, String type, String message) {
        return of(
                status,
                "{\"errorType\":\"" + type + "\",\"errorCode\":\"" + code + "\",\"errorMessage\":\"" + message + "\"}");
    }

    /** Returns DH-901 with HTTP 401, as Dhan answers an expired token. */
    public static FakeResponse expiredToken() {
        return tradingApiError(
                401,
                "DH-901",
                "Invalid_Authentication",
                "Client ID or user generated access token is invalid or expired.");
    }

    /** Returns this answer after a real delay. */
    public FakeResponse delayed(Duration newDelay) {
        return new FakeResponse(status, body, newDelay, truncation, headers);
    }

    /** Returns this answer cut short. */
    public FakeResponse truncated(Truncation newTruncation) {
        return new FakeResponse(status, body, delay, newTruncation, headers);
    }

    /** Returns this answer with an extra header. */
    public FakeResponse withHeader(String name, String value) {
        return new FakeResponse(status, body, delay, truncation, Map.of(name, value));
    }
}
