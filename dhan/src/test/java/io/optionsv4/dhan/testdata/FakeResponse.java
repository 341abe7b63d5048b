package io.optionsv4.dhan.testdata;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer of the {@link FakeDhanServer}: built by the server from the request, or scripted by a test.
 *
 * @param status HTTP status
 * @param body the body (JSON, or the HTML of a gateway page)
 * @param delay real time to wait before answering (beyond the client's timeout for a slow response)
 * @param truncation how the body is cut short, if at all
 * @param headers extra response headers ({@code Content-Type} is {@code application/json} unless given here)
 */
public record FakeResponse(
        int status, String body, Duration delay, Truncation truncation, Map<String, String> headers) {

    /** The trading API's input error message, as the reference quotes it (section 8). */
    public static final String INPUT_MESSAGE = "Missing required fields, bad values for parameters etc.";

    /** The data API's 805 message (reference section 1.4). */
    public static final String TOO_MANY_REQUESTS =
            "Too many requests. Further requests may result in the user being blocked.";

    /** Copies the headers. */
    public FakeResponse {
        headers = Map.copyOf(headers);
    }

    /** How a body is cut short. */
    public enum Truncation {
        /** The whole body. */
        NONE,
        /** A complete HTTP response (chunked) whose JSON stops halfway. */
        JSON,
        /** The announced Content-Length is not delivered: the connection closes halfway. */
        CONNECTION,
        /**
         * The status line and headers (with the full Content-Length) and half the body are sent, then nothing until
         * the server is closed or {@link FakeDhanServer#releaseStalls()}: a gateway that hangs mid-body.
         */
        STALL
    }

    /** The trading API's error body (reference section 1.4): {@code {errorType, errorCode, errorMessage}}. */
    record TradingError(String errorType, String errorCode, String errorMessage) {}

    /** The data API's error body (reference section 1.4): {@code {"data": {"805": "..."}, "status": "failed"}}. */
    record DataError(Map<String, String> data, String status) {}

    /** Returns a 200 answer with {@code body}. */
    public static FakeResponse ok(String body) {
        return of(200, body);
    }

    /** Returns a JSON answer with any status and body. */
    public static FakeResponse of(int status, String body) {
        return new FakeResponse(status, body, Duration.ZERO, Truncation.NONE, Map.of());
    }

    /** Returns {@code value} (a record or tree) written as JSON with {@code status}. */
    public static FakeResponse json(int status, Object value) {
        return of(status, FakeJson.write(value));
    }

    /** Returns a data-API error, e.g. {@code dataApiError(429, "805", "Too many requests")}. */
    public static FakeResponse dataApiError(int status, String code, String message) {
        return json(status, new DataError(Map.of(code, message), "failed"));
    }

    /** Returns a trading-API error, e.g. {@code tradingApiError(401, "DH-901", "Invalid_Authentication", "...")}. */
    public static FakeResponse tradingApiError(int status, String code, String type, String message) {
        return json(status, new TradingError(type, code, message));
    }

    /** Returns HTTP 400 DH-905 Input_Exception with the reference's message and {@code detail} after it. */
    public static FakeResponse inputError(String detail) {
        return tradingApiError(400, "DH-905", "Input_Exception", INPUT_MESSAGE + " " + detail);
    }

    /** Returns DH-901 with HTTP 401, as Dhan answers an expired token. */
    public static FakeResponse expiredToken() {
        return tradingApiError(
                401,
                "DH-901",
                "Invalid_Authentication",
                "Client ID or user generated access token is invalid or expired.");
    }

    /**
     * Returns the HTML page a gateway (load balancer, WAF) answers instead of the API, e.g. {@code gatewayPage(502,
     * "Bad Gateway")} or {@code gatewayPage(401, "Unauthorized")}.
     */
    public static FakeResponse gatewayPage(int status, String title) {
        String html =
                "<!DOCTYPE html>\n<html><head><title>" + status + " " + title + "</title></head>\n<body><center><h1>"
                        + status + " " + title + "</h1></center><hr><center>nginx</center></body></html>\n";
        return of(status, html).withHeader("Content-Type", "text/html; charset=utf-8");
    }

    /** Returns this answer after a real delay. */
    public FakeResponse delayed(Duration newDelay) {
        return new FakeResponse(status, body, newDelay, truncation, headers);
    }

    /** Returns this answer cut short. */
    public FakeResponse truncated(Truncation newTruncation) {
        return new FakeResponse(status, body, delay, newTruncation, headers);
    }

    /** Returns this answer with one more header (replacing one of the same name). */
    public FakeResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FakeResponse(status, body, delay, truncation, more);
    }
}
