package io.optionsv4.core.trade;

import io.optionsv4.core.result.Checks;

/**
 * A broker call that did not succeed, with what the caller may conclude from it.
 *
 * <p>{@link Kind#OUTCOME_UNKNOWN} is the dangerous one: the request may have reached the broker (a timeout after the
 * body was sent, a dropped connection). The caller must not place the order again; it asks the broker for the order by
 * its correlation id first.
 */
public final class BrokerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure. */
    public enum Kind {
        /** The broker or exchange refused the order (funds, margin, price band, freeze quantity...). */
        REJECTED,
        /** The request was malformed or named something the broker does not know. */
        INVALID,
        /** Credentials are missing, wrong or expired: nothing will work until they are fixed. */
        AUTH,
        /** The broker's rate limit: wait and retry. */
        RATE_LIMITED,
        /** The broker could not be reached before the request was sent: nothing happened. */
        UNAVAILABLE,
        /** The request may or may not have taken effect: reconcile before acting again. */
        OUTCOME_UNKNOWN
    }

    private final Kind kind;
    private final String code;

    /**
     * Creates the exception.
     *
     * @param kind the kind
     * @param code the broker's error code (e.g. {@code DH-906}) or empty
     * @param message a sentence a trader can act on
     * @param cause the underlying failure, or null
     */
    public BrokerException(Kind kind, String code, String message, Throwable cause) {
        super(message, cause);
        this.kind = Checks.notNull(kind, "kind");
        this.code = Checks.notNull(code, "code");
    }

    /** Creates the exception without a code or a cause. */
    public BrokerException(Kind kind, String message) {
        this(kind, "", message, null);
    }

    /** Returns the kind. */
    public Kind kind() {
        return kind;
    }

    /** Returns the broker's error code, or empty. */
    public String code() {
        return code;
    }

    /** Returns true when retrying the same call later may succeed and cannot duplicate anything. */
    public boolean retryable() {
        return kind == Kind.RATE_LIMITED || kind == Kind.UNAVAILABLE;
    }
}
