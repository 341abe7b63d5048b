package io.optionsv4.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.optionsv4.core.result.SafeText;
import java.util.stream.Collectors;

/**
 * Turns a settings file's binding error into a sentence for people: the setting's YAML path as the user wrote it
 * ({@code analysis.capital.totalCapital}), what is wrong and what is expected — never Java class names or Jackson's
 * reference chains.
 */
final class SettingErrors {

    private SettingErrors() {}

    /** Returns the message for {@code e}, raised while binding the settings read from {@code source}. */
    static String describe(JsonProcessingException e, String source) {
        String path = e instanceof JsonMappingException m ? path(m) : "analysis";
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds().stream()
                    .map(String::valueOf)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return source + ": unknown setting " + SafeText.quote(path) + "; the settings at this level are: " + known;
        }
        if (e instanceof InvalidFormatException f) {
            return source + ": setting " + SafeText.quote(path) + " is " + SafeText.quote(String.valueOf(f.getValue()))
                    + "; expected " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return source + ": setting " + SafeText.quote(path) + " has the wrong form; expected "
                    + expected(m.getTargetType());
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String reason = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
        return source + ": invalid setting " + SafeText.quote(path) + ": " + SafeText.quote(String.valueOf(reason));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("analysis");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a decimal number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a text";
        }
        return "a section of settings";
    }
}
