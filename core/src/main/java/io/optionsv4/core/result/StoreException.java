package io.optionsv4.core.result;

/**
 * Unchecked failure of a store (any persistence port such as {@code core.selection.AnalysisStore}): the database
 * cannot be
 * reached or locked, a migration failed, or a row was rejected by a constraint. The message names the table or
 * constraint and the values concerned; the cause (usually an SQL exception) is kept. Never carries a password.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming what failed. */
    public StoreException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming what failed, keeping the underlying cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
