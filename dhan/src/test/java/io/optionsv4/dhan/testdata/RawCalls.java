package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw HTTP calls to the fake Dhan server with full control of headers and body, for the tests of the fake itself:
 * by default every call carries the account's {@code access-token}, {@code client-id}, {@code Content-Type} and
 * {@code Accept} headers, as Dhan's official SDK sends them. Close it after the test.
 */
public final class RawCalls implements AutoCloseable {

    private final FakeDhanServer server;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Creates calls to {@code server}. */
    public RawCalls(FakeDhanServer server) {
        this.server = server;
    }

    /** The headers the SDK sends; a test removes or replaces some. */
    public static Map<String, String> sdkHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("access-token", FakeDhanServer.ACCESS_TOKEN);
        headers.put("client-id", FakeDhanServer.CLIENT_ID);
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        return headers;
    }

    /** Sends {@code method path} (relative to {@code /v2}) with the SDK's headers; {@code body} may be null. */
    public HttpResponse<String> call(String method, String path, String body) {
        return call(method, path, body, sdkHeaders());
    }

    /** Sends {@code method path} with exactly {@code headers}. */
    public HttpResponse<String> call(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve("/v2" + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs {@code body} with the SDK's headers. */
    public HttpResponse<String> post(String path, String body) {
        return call("POST", path, body);
    }

    /** GETs {@code path} with the SDK's headers. */
    public HttpResponse<String> get(String path) {
        return call("GET", path, null);
    }

    /** Returns a response body as JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        return FakeJson.read(response.body()).orElseThrow(() -> new AssertionError("not JSON: " + response.body()));
    }

    /** Returns the error code of an error body of either shape ({@code DH-905} or {@code 805}). */
    public static String errorCode(HttpResponse<String> response) {
        JsonNode body = json(response);
        if (body.has("errorCode")) {
            return body.get("errorCode").asText();
        }
        return body.get("data").fieldNames().next();
    }

    @Override
    public void close() {
        http.close();
    }
}
