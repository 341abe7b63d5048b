package io.optionsv4.core.pricing;

import io.optionsv4.core.result.Checks;

/**
 * One strike of an option chain for put–call parity: the call and the put of the same expiry and strike, priced at the
 * same moment (mid or last traded price). A price of 0 means "no usable quote" and excludes the strike from
 * {@link SyntheticForward}.
 *
 * @param strike strike price in rupees, finite and {@code > 0}
 * @param callPrice call price in rupees per unit of underlying, finite and {@code >= 0}
 * @param putPrice put price in rupees per unit of underlying, finite and {@code >= 0}
 */
public record ParityQuote(double strike, double callPrice, double putPrice) {

    /**
     * Validates the quote.
     *
     * @throws IllegalArgumentException naming the invalid component and its value
     */
    public ParityQuote {
        Checks.positive(strike, "strike");
        Checks.nonNegative(callPrice, "callPrice");
        Checks.nonNegative(putPrice, "putPrice");
    }

    /** Returns true when both the call and the put have a positive price. */
    public boolean isTwoSided() {
        return callPrice > 0 && putPrice > 0;
    }
}
