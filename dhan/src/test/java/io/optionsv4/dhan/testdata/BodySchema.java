package io.optionsv4.dhan.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON body one endpoint accepts, as the reference states it: each key with its JSON type, enum values, date
 * format and range, required or optional. Anything else is a {@link Violation}: a missing required key, a key of
 * the wrong JSON type ({@code ""} or {@code "5"} where a number belongs), an unknown enum value, a malformed date, a
 * value out of range, and a key the endpoint does not document ({@code dhanClientId} is allowed everywhere: the
 * official SDK adds it to every body, reference section 1.2).
 */
final class BodySchema {

    /** Dhan's date format, {@code YYYY-MM-DD}. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    /** Dhan's date-time format, {@code YYYY-MM-DD HH:MM:SS} (IST). */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * Why a body was refused.
     *
     * @param key the offending key
     * @param problem what is wrong, e.g. {@code expected a JSON string}
     * @param dateFormat true when the problem is the date format (the data APIs answer 812 for it)
     */
    record Violation(String key, String problem, boolean dateFormat) {

        /** Returns the violation as a sentence naming the key. */
        String message() {
            return "'" + key + "': " + problem;
        }
    }

    /** The check of one value: empty when it is fine, else the problem. */
    @FunctionalInterface
    interface Check {
        Optional<Violation> check(String key, JsonNode value);
    }

    private final Map<String, Check> required;
    private final Map<String, Check> optional;

    private BodySchema(Map<String, Check> required, Map<String, Check> optional) {
        this.required = Map.copyOf(required);
        this.optional = Map.copyOf(optional);
    }

    /** Returns a builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Returns the first violation of {@code body} (a JSON object), or empty. */
    Optional<Violation> violation(JsonNode body) {
        if (body == null || !body.isObject()) {
            return Optional.of(new Violation("(body)", "expected a JSON object", false));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!required.containsKey(name) && !optional.containsKey(name) && !"dhanClientId".equals(name)) {
                return Optional.of(new Violation(name, "unknown key", false));
            }
        }
        for (Map.Entry<String, Check> entry : required.entrySet()) {
            JsonNode value = body.get(entry.getKey());
            if (value == null || value.isNull()) {
                return Optional.of(new Violation(entry.getKey(), "required", false));
            }
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        body.fields().forEachRemaining(fields::add);
        for (Map.Entry<String, JsonNode> field : fields) {
            Check check = required.getOrDefault(field.getKey(), optional.get(field.getKey()));
            if (check != null && !field.getValue().isNull()) {
                Optional<Violation> v = check.check(field.getKey(), field.getValue());
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    /** Builds a schema key by key. */
    static final class Builder {
        private final Map<String, Check> required = new LinkedHashMap<>();
        private final Map<String, Check> optional = new LinkedHashMap<>();

        Builder required(String key, Check check) {
            required.put(key, check);
            return this;
        }

        Builder optional(String key, Check check) {
            optional.put(key, check);
            return this;
        }

        BodySchema build() {
            return new BodySchema(required, optional);
        }
    }

    /** A non-blank JSON string. */
    static Check string() {
        return (key, v) -> v.isTextual() && !v.asText().isBlank() ? ok() : bad(key, "expected a non-empty JSON string");
    }

    /** A JSON string of at most {@code max} characters matching {@code pattern}. */
    static Check text(int max, String pattern) {
        return (key, v) ->
                v.isTextual() && v.asText().length() <= max && v.asText().matches(pattern)
                        ? ok()
                        : bad(key, "expected a JSON string of at most " + max + " characters matching " + pattern);
    }

    /** A security or order id: a JSON string of digits. */
    static Check digits() {
        return (key, v) -> v.isTextual() && v.asText().matches("\\d{1,20}")
                ? ok()
                : bad(key, "expected a JSON string of digits, got " + v);
    }

    /** A JSON integer (not a string, not a fraction) in {@code [min, max]}. */
    static Check integer(long min, long max) {
        return (key, v) -> {
            if (!v.isIntegralNumber()) {
                return bad(key, "expected a JSON integer, got " + v);
            }
            return v.asLong() >= min && v.asLong() <= max ? ok() : bad(key, "must be in [" + min + ", " + max + "]");
        };
    }

    /** A JSON integer in {@code [min, max]}, or the same written as a JSON string of digits. */
    static Check integerOrDigits(long min, long max) {
        return (key, v) -> {
            if (v.isTextual() && v.asText().matches("\\d{1,9}")) {
                long n = Long.parseLong(v.asText());
                return n >= min && n <= max ? ok() : bad(key, "must be in [" + min + ", " + max + "]");
            }
            return integer(min, max).check(key, v);
        };
    }

    /** A finite JSON number (integer or decimal, not a string) of at least {@code min}. */
    static Check number(double min) {
        return (key, v) -> {
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                return bad(key, "expected a JSON number, got " + v);
            }
            return v.asDouble() >= min ? ok() : bad(key, "must be >= " + min);
        };
    }

    /** A JSON boolean. */
    static Check bool() {
        return (key, v) -> v.isBoolean() ? ok() : bad(key, "expected a JSON boolean, got " + v);
    }

    /** One of {@code values}, a JSON string. */
    static Check oneOf(Set<String> values) {
        return (key, v) -> v.isTextual() && values.contains(v.asText())
                ? ok()
                : bad(key, "expected one of " + values.stream().sorted().toList() + ", got " + v);
    }

    /** A {@code YYYY-MM-DD} date. */
    static Check date() {
        return (key, v) -> v.isTextual() && parses(v.asText(), false) ? ok() : badDate(key, v, "YYYY-MM-DD");
    }

    /** A {@code YYYY-MM-DD HH:MM:SS} date-time or a {@code YYYY-MM-DD} date. */
    static Check dateOrDateTime() {
        return (key, v) -> v.isTextual() && (parses(v.asText(), true) || parses(v.asText(), false))
                ? ok()
                : badDate(key, v, "YYYY-MM-DD HH:MM:SS or YYYY-MM-DD");
    }

    /** Returns the start of a date or date-time accepted by {@link #dateOrDateTime()}. */
    static LocalDateTime dateTime(String text) {
        return parses(text, true)
                ? LocalDateTime.parse(text, DATE_TIME)
                : LocalDate.parse(text, DATE).atStartOfDay();
    }

    private static boolean parses(String text, boolean withTime) {
        try {
            if (withTime) {
                LocalDateTime.parse(text, DATE_TIME);
            } else {
                LocalDate.parse(text, DATE);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<Violation> ok() {
        return Optional.empty();
    }

    private static Optional<Violation> bad(String key, String problem) {
        return Optional.of(new Violation(key, problem, false));
    }

    private static Optional<Violation> badDate(String key, JsonNode v, String format) {
        return Optional.of(new Violation(key, "expected a date " + format + ", got " + v, true));
    }
}
