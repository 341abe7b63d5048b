package io.optionsv4.dhan.scrip;

import io.optionsv4.core.result.Checks;

/**
 * A malformed scrip-master row that was skipped because the rest of the file is still trustworthy.
 *
 * @param source the file name (or the name given to {@link ScripMaster#parse(java.io.Reader, String)})
 * @param line the 1-based line number (the header is line 1)
 * @param message what was wrong with the row
 */
public record ScripWarning(String source, int line, String message) {

    /**
     * Validates the warning.
     *
     * @throws IllegalArgumentException naming a missing component or a line below 1
     */
    public ScripWarning {
        Checks.notBlank(source, "source");
        Checks.positive(line, "line");
        Checks.notBlank(message, "message");
    }

    /** Returns {@code source:line: message}, the form compilers use. */
    @Override
    public String toString() {
        return source + ":" + line + ": " + message;
    }
}
