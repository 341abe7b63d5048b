package io.optionsv4.dhan.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * An error body of either of Dhan's two shapes, reduced to its code and message.
 *
 * <ul>
 *   <li>Trading API: {@code {"errorType": "Input_Exception", "errorCode": "DH-905", "errorMessage": "..."}}, each key
 *       optional, the code sometimes a JSON number, sometimes with an extra {@code "status": "failure"}.
 *   <li>Data API: {@code {"data": {"805": "Too many requests..."}, "status": "failed"}}, sometimes without
 *       {@code status}.
 * </ul>
 *
 * @param code the code as sent ({@code DH-905}, {@code 805}), empty when the body had none
 * @param type the trading API's {@code errorType}, empty otherwise
 * @param message Dhan's message, empty when absent
 */
public record DhanErrorBody(String code, String type, String message) {

    /** Reads an error body of either shape; empty when {@code body} is neither. */
    public static Optional<DhanErrorBody> parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            return Optional.empty();
        }
        if (body.has("errorCode") || body.has("errorType") || body.has("errorMessage")) {
            return Optional.of(
                    new DhanErrorBody(text(body, "errorCode"), text(body, "errorType"), text(body, "errorMessage")));
        }
        JsonNode data = body.get("data");
        boolean failed = body.has("status")
                && !"success".equalsIgnoreCase(body.get("status").asText());
        if (data != null && data.isObject() && data.size() == 1) {
            Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
            Map.Entry<String, JsonNode> entry = fields.next();
            if (failed || entry.getKey().matches("\\d{3}")) {
                return Optional.of(
                        new DhanErrorBody(entry.getKey(), "", entry.getValue().asText()));
            }
        }
        return failed ? Optional.of(new DhanErrorBody("", "", body.toString())) : Optional.empty();
    }

    private static String text(JsonNode body, String key) {
        JsonNode value = body.get(key);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
