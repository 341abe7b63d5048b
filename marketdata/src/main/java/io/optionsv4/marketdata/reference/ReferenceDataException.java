package io.optionsv4.marketdata.reference;

/**
 * Thrown when the reference data do not know what was asked: an unknown symbol, or a date, month or symbol the tables
 * do not cover (a year beyond the trading calendar, a month with no known lot size, a period with no expiry rule). The
 * message names the symbol and date asked for and, where it helps, what is covered.
 */
public class ReferenceDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming what is not known. */
    public ReferenceDataException(String message) {
        super(message);
    }
}
