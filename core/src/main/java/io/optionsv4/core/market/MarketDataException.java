package io.optionsv4.core.market;

/**
 * Unchecked failure of a {@link MarketData} source: a missing day or file, an unknown symbol or expiry, or a file that
 * cannot be trusted. The message names the symbol, the date and, for file sources, the file; the cause (an I/O or
 * parse error) is kept.
 *
 * <p>Most failures concern one symbol or day, and a batch records them and goes on. A failure for which {@link
 * #isAccessDenied()} is true concerns every call (the source refused the credentials), and a batch stops at it.
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

    /**
     * Returns true when the source refused the credentials (an access token expired or invalid): no later call can
     * succeed until the user renews them, so a batch over many symbols stops at the first such failure and reports
     * it once, instead of recording it per symbol. False here; adapters of sources with credentials override it.
     */
    public boolean isAccessDenied() {
        return false;
    }
}
