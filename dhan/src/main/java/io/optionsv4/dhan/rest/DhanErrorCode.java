package io.optionsv4.dhan.rest;

import java.util.Locale;
import java.util.Optional;

/**
 * Dhan's error codes in one table: the trading-API codes {@code DH-901}..{@code DH-911} (body {@code {errorType,
 * errorCode, errorMessage}}) and the data-API codes {@code 800}..{@code 814} (body {@code {"data": {"805": "..."},
 * "status": "failed"}}), each with its meaning from the reference (annexure) and what the client does about it.
 * The two families do not overlap numerically, so a bare number identifies the code. {@link #UNKNOWN} stands for a
 * code not in the table or an error body of neither shape; the HTTP status then decides.
 */
public enum DhanErrorCode {
    DH_901(901, "Invalid_Authentication", "client id or access token invalid or expired", Handling.AUTHENTICATION),
    DH_902(902, "Invalid_Access", "no Data API subscription, or no trading-API access", Handling.REJECTED),
    DH_903(903, "User_Account", "account-level problem (segment not active etc.)", Handling.REJECTED),
    DH_904(904, "Rate_Limit", "too many requests", Handling.RATE_LIMITED),
    DH_905(905, "Input_Exception", "missing or invalid fields", Handling.REJECTED),
    DH_906(906, "Order_Error", "order cannot be processed", Handling.REJECTED),
    DH_907(907, "Data_Error", "cannot fetch data: bad parameters or no data", Handling.REJECTED),
    DH_908(908, "Internal_Server_Error", "server side failure", Handling.TRANSIENT),
    DH_909(909, "Network_Error", "backend unreachable", Handling.TRANSIENT),
    DH_910(910, "Others", "other error", Handling.REJECTED),
    DH_911(911, "Invalid_IP", "request not from the whitelisted static IP", Handling.REJECTED),
    DATA_800(800, "Data_API", "internal server error", Handling.TRANSIENT),
    DATA_804(804, "Data_API", "requested number of instruments exceeds limit", Handling.REJECTED),
    DATA_805(805, "Data_API", "too many requests or connections", Handling.RATE_LIMITED),
    DATA_806(806, "Data_API", "Data APIs not subscribed", Handling.REJECTED),
    DATA_807(807, "Data_API", "access token expired", Handling.AUTHENTICATION),
    DATA_808(808, "Data_API", "authentication failed (client id or token invalid)", Handling.AUTHENTICATION),
    DATA_809(809, "Data_API", "access token invalid", Handling.AUTHENTICATION),
    DATA_810(810, "Data_API", "client id invalid", Handling.AUTHENTICATION),
    DATA_811(811, "Data_API", "invalid expiry date", Handling.REJECTED),
    DATA_812(812, "Data_API", "invalid date format", Handling.REJECTED),
    DATA_813(813, "Data_API", "invalid security id", Handling.REJECTED),
    DATA_814(814, "Data_API", "invalid request", Handling.REJECTED),
    UNKNOWN(0, "Unknown", "error not in Dhan's code table", Handling.REJECTED);

    /** What the client does about a code. */
    public enum Handling {
        /** Credentials rejected: fail at once with instructions to renew the access token. */
        AUTHENTICATION,
        /** Throttled: retry after back-off. */
        RATE_LIMITED,
        /** Server-side or network trouble: retry after back-off. */
        TRANSIENT,
        /** The request or account cannot succeed as is: fail at once. */
        REJECTED
    }

    private final int number;
    private final String errorType;
    private final String meaning;
    private final Handling handling;

    DhanErrorCode(int number, String errorType, String meaning, Handling handling) {
        this.number = number;
        this.errorType = errorType;
        this.meaning = meaning;
        this.handling = handling;
    }

    /** Returns the code as Dhan writes it: {@code DH-901} for trading-API codes, {@code 805} for data-API codes. */
    public String code() {
        if (this == UNKNOWN) {
            return "?";
        }
        return number >= 900 ? "DH-" + number : Integer.toString(number);
    }

    /** Returns the {@code errorType} Dhan sends with trading-API codes ({@code Data_API} for data-API codes). */
    public String errorType() {
        return errorType;
    }

    /** Returns the code's meaning from the reference. */
    public String meaning() {
        return meaning;
    }

    /** Returns what the client does about the code. */
    public Handling handling() {
        return handling;
    }

    /** Returns true when a call failing with this code is retried after back-off. */
    public boolean isRetryable() {
        return handling == Handling.RATE_LIMITED || handling == Handling.TRANSIENT;
    }

    /**
     * Finds the code written as {@code DH-901}, {@code dh-901}, {@code 901} or {@code 805}; empty for anything else.
     */
    public static Optional<DhanErrorCode> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        t = t.startsWith("DH-") ? t.substring(3) : t;
        int number;
        try {
            number = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        for (DhanErrorCode code : values()) {
            if (code != UNKNOWN && code.number == number) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
