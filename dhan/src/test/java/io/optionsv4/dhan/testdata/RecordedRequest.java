package io.optionsv4.dhan.testdata;

import java.time.Instant;
import java.util.Map;

/**
 * A request the {@link FakeDhanServer} received.
 *
 * @param method HTTP method
 * @param path request path, e.g. {@code /v2/optionchain}
 * @param headers first value of each header, names lower-cased
 * @param body the body as text
 * @param at when it arrived, on the server's (manual) clock
 */
public record RecordedRequest(String method, String path, Map<String, String> headers, String body, Instant at) {}
