package io.optionsv4.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON dialect of every command's output and input: snake_case keys (records and maps turned into JSON go
 * through {@link #MAPPER}, whose naming strategy turns {@code keptForTrading} into {@code kept_for_trading}), numbers
 * as plain JSON numbers, dates as {@code YYYY-MM-DD} strings, amounts in rupees, ratios as decimals.
 */
final class Json {

    /** The mapper of every command: snake_case property names, pretty printed. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The same mapper's writer for one line of JSON (no indentation): {@code payoff}, the chain and quote views. */
    static final ObjectWriter ONE_LINE = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private Json() {}
}
