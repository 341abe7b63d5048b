package io.optionsv4.marketdata.replay;

import io.optionsv4.core.result.Checks;
import java.nio.file.Path;

/**
 * A row of an NSE file that was rejected (and left out) while its file was still accepted; every one is counted in the
 * run's {@link DataQualityReport}.
 *
 * @param file the file
 * @param line the 1-based line number (the header is line 1)
 * @param issue why the row was rejected
 * @param field the offending column, empty when the row as a whole is wrong
 * @param key the row's symbol or date as written (terminal-safe), empty when unknown
 * @param message what was wrong, with any quoted input made terminal-safe
 */
public record RowWarning(Path file, int line, DataIssue issue, String field, String key, String message) {

    /**
     * Validates the warning.
     *
     * @throws IllegalArgumentException naming a missing component or a line below 1
     */
    public RowWarning {
        Checks.notNull(file, "file");
        Checks.positive(line, "line");
        Checks.notNull(issue, "issue");
        Checks.notNull(field, "field");
        Checks.notNull(key, "key");
        Checks.notBlank(message, "message");
    }

    /** Returns {@code file:line: message}, the form compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
