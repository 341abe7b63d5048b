package io.optionsv4.dhan.broker;

import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.trade.BrokerException;
import io.optionsv4.core.trade.BrokerException.Kind;
import io.optionsv4.dhan.rest.DhanApiException;
import io.optionsv4.dhan.rest.DhanErrorCode;
import io.optionsv4.dhan.rest.DhanUnknownOutcomeException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;

/**
 * Dhan's failures as {@link BrokerException}s, in one table: a refused token is {@code AUTH} (nothing works until it
 * is renewed), DH-904/805/HTTP 429 {@code RATE_LIMITED}, DH-905 (bad fields) and DH-907 (no such order)
 * {@code INVALID}, DH-902/903/906/910/911 (RMS and account refusals) {@code REJECTED}; server and network errors
 * (DH-908/909, 800, 5xx, a gateway page, a broken connection) are {@code UNAVAILABLE} for reads and for a call that
 * never connected, but {@code OUTCOME_UNKNOWN} for an order call that was sent: Dhan may have acted on it.
 */
final class DhanBrokerErrors {

    private DhanBrokerErrors() {}

    /**
     * Returns the broker exception for {@code failure} of {@code what} (e.g. {@code placing order v4-1-0E1}).
     *
     * @param orderCall true for place, modify and cancel (sent once)
     */
    static BrokerException map(MarketDataException failure, String what, boolean orderCall) {
        if (failure instanceof DhanUnknownOutcomeException) {
            return new BrokerException(
                    Kind.OUTCOME_UNKNOWN,
                    "",
                    what + ": the outcome is unknown (" + failure.getMessage() + "); do not repeat it: look the order"
                            + " up by its correlation id first",
                    failure);
        }
        if (failure instanceof DhanApiException api) {
            return api(api, what, orderCall);
        }
        boolean neverConnected = failure.getCause() instanceof ConnectException
                || failure.getCause() instanceof HttpConnectTimeoutException;
        Kind kind = orderCall && !neverConnected ? Kind.OUTCOME_UNKNOWN : Kind.UNAVAILABLE;
        String advice = kind == Kind.OUTCOME_UNKNOWN ? "; look the order up by its correlation id before acting" : "";
        return new BrokerException(kind, "", what + " failed: " + failure.getMessage() + advice, failure);
    }

    private static BrokerException api(DhanApiException api, String what, boolean orderCall) {
        String code = api.code() == DhanErrorCode.UNKNOWN ? "" : api.code().code();
        if (api.isAccessDenied()) {
            return new BrokerException(Kind.AUTH, code, what + " stopped: " + api.getMessage(), api);
        }
        Kind kind = kind(api, orderCall);
        String hint = switch (api.code()) {
            case DH_911 -> " Orders must come from the static IP registered with Dhan (/ip/setIP).";
            case DH_904, DATA_805 -> " Wait before sending more orders.";
            case DH_902 -> " The account has no trading-API access.";
            case DH_903 -> " Check that the F&O segment is active on the account.";
            default ->
                kind == Kind.OUTCOME_UNKNOWN
                        ? " Dhan may have acted on it: look the order up by its correlation id before acting."
                        : "";
        };
        return new BrokerException(kind, code, what + " failed: " + api.getMessage() + hint, api);
    }

    private static Kind kind(DhanApiException api, boolean orderCall) {
        Kind serverSide = orderCall ? Kind.OUTCOME_UNKNOWN : Kind.UNAVAILABLE;
        return switch (api.code()) {
            case DH_904, DATA_805 -> Kind.RATE_LIMITED;
            case DH_905, DH_907, DATA_804, DATA_811, DATA_812, DATA_813, DATA_814 -> Kind.INVALID;
            case DH_902, DH_903, DH_906, DH_910, DH_911, DATA_806 -> Kind.REJECTED;
            case DH_908, DH_909, DATA_800 -> serverSide;
            case DH_901, DATA_807, DATA_808, DATA_809, DATA_810 -> Kind.AUTH;
            case UNKNOWN ->
                api.httpStatus() == 429
                        ? Kind.RATE_LIMITED
                        : api.httpStatus() >= 500 ? serverSide : api.httpStatus() == 404 ? Kind.INVALID : Kind.REJECTED;
        };
    }

    /** Returns true when {@code failure} says the order asked for does not exist (404 or DH-907). */
    static boolean notFound(MarketDataException failure) {
        return failure instanceof DhanApiException api
                && (api.code() == DhanErrorCode.DH_907
                        || (api.code() == DhanErrorCode.UNKNOWN && api.httpStatus() == 404));
    }
}
