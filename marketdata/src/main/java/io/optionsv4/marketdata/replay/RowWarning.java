package io.optionsv4.marketdata.replay;

import io.optionsv4.core.result.Checks;
import java.nio.file.Path;

/**
 * A malformed row that was skipped while loading an NSE file whose other rows are still trustworthy.
 *
 * @param file the file
 * @param line the 1-based line number (the header is line 1)
 * @param message what was wrong with the row
 */
public record RowWarning(Path file, int line, String message) {

    /**
     * Validates the warning.
     *
     * @throws IllegalArgumentException naming a missing component or a line below 1
     */
    public RowWarning {
        Checks.notNull(file, "file");
        Checks.positive(line, "line");
        Checks.notBlank(message, "message");
    }

    /** Returns {@code file:line: message}, the form compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
