package io.optionsv4.dhan.rest;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.Checks;

/**
 * Dhan answered a call with an error: the code from its body ({@link DhanErrorCode#UNKNOWN} when the body had none),
 * the HTTP status and the endpoint. A refusal of the credentials (the codes DH-901 and 807-810, or HTTP 401 without a
 * code, as a gateway's HTML page answers) is {@link #isAccessDenied() access denied}: its message says how to renew
 * the token, and callers stop their batch at it. The message never contains the access token.
 */
public class DhanApiException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    /** The environment variable the access token is read from. */
    public static final String TOKEN_VARIABLE = "DHAN_ACCESS_TOKEN";

    private final DhanErrorCode code;
    private final int httpStatus;
    private final String endpoint;

    /**
     * Creates the exception.
     *
     * @param code the error code of the body
     * @param httpStatus the HTTP status of the response
     * @param endpoint the call, e.g. {@code POST /optionchain}
     * @param serverMessage Dhan's own message, or empty
     */
    public DhanApiException(DhanErrorCode code, int httpStatus, String endpoint, String serverMessage) {
        super(message(Checks.notNull(code, "code"), httpStatus, endpoint, serverMessage));
        this.code = code;
        this.httpStatus = httpStatus;
        this.endpoint = endpoint;
    }

    /**
     * Returns the refusal of a call that was not sent because {@code earlier} (an access-denied answer of this
     * client) showed the credentials are refused: same code and status, the earlier failure as the cause.
     */
    static DhanApiException notSent(DhanApiException earlier, String endpoint) {
        DhanApiException e = new DhanApiException(
                earlier.code,
                earlier.httpStatus,
                endpoint,
                "not sent: an earlier call (" + earlier.endpoint + ") was refused the same way");
        e.initCause(earlier);
        return e;
    }

    /** An exception with {@code message} as it is ({@code verbatim} tells this constructor from the public one). */
    private DhanApiException(DhanErrorCode code, int httpStatus, String endpoint, String message, boolean verbatim) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
        this.endpoint = endpoint;
    }

    /**
     * Returns the refusal of a call the client did not send because Dhan's rate limits would not allow it soon enough
     * ({@code why} says which and until when): code DH-904 and status 429, as Dhan's own throttling.
     */
    static DhanApiException notSentRateLimited(String endpoint, String why) {
        return new DhanApiException(
                DhanErrorCode.DH_904, 429, endpoint, "Dhan " + endpoint + " not sent: " + why, true);
    }

    /** Returns the error code. */
    public DhanErrorCode code() {
        return code;
    }

    /** Returns the HTTP status of the response. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Returns true when the call may succeed if retried: a retryable code, or HTTP 429/5xx without a known code. */
    public boolean isRetryable() {
        return code == DhanErrorCode.UNKNOWN ? httpStatus == 429 || httpStatus >= 500 : code.isRetryable();
    }

    /**
     * Returns true when Dhan refused the credentials: an authentication code, or HTTP 401 without a code (a gateway
     * answering for the API). No call of this account can succeed until the token is renewed.
     */
    @Override
    public boolean isAccessDenied() {
        return authentication(code, httpStatus);
    }

    private static boolean authentication(DhanErrorCode code, int httpStatus) {
        return code.handling() == DhanErrorCode.Handling.AUTHENTICATION
                || (code == DhanErrorCode.UNKNOWN && httpStatus == 401);
    }

    private static String message(DhanErrorCode code, int httpStatus, String endpoint, String serverMessage) {
        String server = serverMessage == null || serverMessage.isBlank() ? "" : " Dhan says: " + serverMessage;
        if (authentication(code, httpStatus)) {
            String what = code == DhanErrorCode.UNKNOWN
                    ? "HTTP " + httpStatus + " without an error code"
                    : code.code() + ": " + code.meaning() + ", HTTP " + httpStatus;
            return "Dhan rejected the credentials on " + endpoint + " (" + what + ")." + server
                    + " Access tokens expire after 24 hours: generate a new"
                    + " access token on web.dhan.co (My Profile > Access DhanHQ APIs), set " + TOKEN_VARIABLE
                    + " to it (and check DHAN_CLIENT_ID), then run again.";
        }
        return "Dhan " + endpoint + " failed with HTTP " + httpStatus + " " + code.code() + " (" + code.meaning() + ")."
                + server;
    }
}
