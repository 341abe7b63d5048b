package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The fake Dhan server's JSON: answers are Jackson records (or trees) written by one mapper; request bodies are read
 * as trees so that their exact JSON types can be checked.
 */
final class FakeJson {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private FakeJson() {}

    /** Writes {@code value} (a record, a map, a tree) as JSON text. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code text} as a tree; empty when it is not JSON. */
    static Optional<JsonNode> read(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Reads a fixture into a tree. */
    static JsonNode fixture(String text) {
        return read(text).orElseThrow(() -> new IllegalStateException("fixture is not JSON"));
    }
}
