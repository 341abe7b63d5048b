package io.optionsv4.store;

import io.optionsv4.core.result.StoreException;
import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;

/** Turns JDBI and JDBC failures into {@link StoreException}s whose message says what was stored where and why. */
final class SqlErrors {

    private SqlErrors() {}

    /** Returns a store exception for {@code what} (e.g. "storing RELIANCE 2020-01-01 into strategy_details"). */
    static StoreException wrap(String what, RuntimeException e) {
        return new StoreException(what + ": " + reason(e), e);
    }

    /** Runs {@code action}, wrapping JDBI failures with {@code what}. */
    static <T> T run(String what, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (JdbiException e) {
            throw wrap(what, e);
        }
    }

    /** Returns the most specific database message in {@code e}'s causes (a batch's next exception included). */
    static String reason(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                SQLException next = sql;
                while (next.getNextException() != null) {
                    next = next.getNextException();
                }
                message = next.getMessage();
            }
        }
        return ConnectionUrl.mask(String.valueOf(message)).strip();
    }
}
