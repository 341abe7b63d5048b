package io.optionsv4.dhan.rest;

import io.optionsv4.core.market.MarketDataException;

/**
 * A call that must not be repeated blindly (placing, modifying or cancelling an order) was sent, and then timed out or
 * lost its connection before the whole answer arrived: Dhan may or may not have acted on it. The caller reconciles
 * (looks the order up by its correlation id) before doing anything else.
 */
public final class DhanUnknownOutcomeException extends MarketDataException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the call and the underlying failure. */
    public DhanUnknownOutcomeException(String message, Throwable cause) {
        super(message, cause);
    }
}
