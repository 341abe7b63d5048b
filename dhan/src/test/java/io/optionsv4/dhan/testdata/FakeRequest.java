package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A request as a route of the fake Dhan server sees it, after the common checks (auth, headers, rate limits).
 *
 * @param method HTTP method
 * @param path the path, e.g. {@code /v2/orders/112501150001234}
 * @param body the parsed JSON body of a POST or PUT, {@code null} for GET and DELETE
 * @param pathParams the values of the route's path variables, in order
 * @param at when it arrived, on the server's clock
 */
record FakeRequest(String method, String path, JsonNode body, List<String> pathParams, Instant at) {

    /** Returns path variable {@code i}. */
    String param(int i) {
        return pathParams.get(i);
    }
}
