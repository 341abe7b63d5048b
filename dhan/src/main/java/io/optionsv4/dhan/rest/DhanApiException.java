package io.optionsv4.dhan.rest;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.Checks;

/**
 * Dhan answered a call with an error: the code from its body ({@link DhanErrorCode#UNKNOWN} when the body had none),
 * the HTTP status and the endpoint. For the authentication codes (DH-901, 807-810) the message says how to fix it.
 * The message never contains the access token.
 */
public class DhanApiException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    /** The environment variable the access token is read from. */
    public static final String TOKEN_VARIABLE = "DHAN_ACCESS_TOKEN";

    private final DhanErrorCode code;
    private final int httpStatus;

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

    private static String message(DhanErrorCode code, int httpStatus, String endpoint, String serverMessage) {
        String server = serverMessage == null || serverMessage.isBlank() ? "" : " Dhan says: " + serverMessage;
        if (code.handling() == DhanErrorCode.Handling.AUTHENTICATION) {
            return "Dhan rejected the credentials on " + endpoint + " (" + code.code() + ": " + code.meaning()
                    + ", HTTP " + httpStatus + ")." + server + " Access tokens expire after 24 hours: generate a new"
                    + " access token on web.dhan.co (My Profile > Access DhanHQ APIs), set " + TOKEN_VARIABLE
                    + " to it (and check DHAN_CLIENT_ID), then run again.";
        }
        return "Dhan " + endpoint + " failed with HTTP " + httpStatus + " " + code.code() + " (" + code.meaning() + ")."
                + server;
    }
}
