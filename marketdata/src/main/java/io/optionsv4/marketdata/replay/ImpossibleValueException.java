package io.optionsv4.marketdata.replay;

/**
 * A value no correct NSE file contains (a negative price, an expiry before the trade date, a row of another date):
 * the whole file is rejected rather than the row skipped, because the file cannot be trusted.
 */
final class ImpossibleValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImpossibleValueException(String message) {
        super(message);
    }
}
