package io.optionsv4.core.costs;

/** Where a leg's bid and ask come from. */
public enum PriceSource {
    /** The quoted book of the source (simulated market, Dhan, the NSE option-chain snapshot). */
    BOOK,
    /** The {@link SpreadModel} around the close, for sources without a book (end-of-day bhavcopy replay). */
    MODEL,
    /** No spread: bid, ask and executable price are the reference (gross figures, calculators without a book). */
    REFERENCE
}
