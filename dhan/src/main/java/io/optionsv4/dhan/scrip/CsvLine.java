package io.optionsv4.dhan.scrip;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields: commas separate, a field in double quotes may contain commas, and a doubled quote
 * inside quotes is one quote (RFC 4180). Fields are stripped of surrounding blanks. Stateless.
 */
final class CsvLine {

    private CsvLine() {}

    /**
     * Returns the fields of {@code line}.
     *
     * @throws IllegalArgumentException when a quoted field is not closed
     */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote");
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
