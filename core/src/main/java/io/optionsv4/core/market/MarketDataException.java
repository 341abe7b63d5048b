package io.optionsv4.core.market;

/**
 * Unchecked failure of a {@link MarketData} source: a missing day or file, an unknown symbol or expiry, or a file that
 * cannot be trusted. The message names the symbol, the date and, for file sources, the file; the cause (an I/O or
 * parse error) is kept.
 */
public class MarketDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming what was asked for and what is missing. */
    public MarketDataException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming what was asked for, keeping the underlying cause. */
    public MarketDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
