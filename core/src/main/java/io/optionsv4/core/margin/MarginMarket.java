package io.optionsv4.core.margin;

import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;

/**
 * The market a basket is margined against: one underlying and its first expiry.
 *
 * @param kind index (cash settled) or stock (physically settled)
 * @param spot the underlying's price in rupees; {@code > 0}
 * @param underlyingAnnualVol the underlying's annualised volatility (decimal) that sets the scan ranges, e.g. its ATM
 *     implied or EWMA realised volatility; {@code >= 0}
 * @param rate continuously compounded risk-free rate, annual decimal
 * @param dividendYield continuously compounded dividend yield, annual decimal
 * @param firstExpiry the expiry of the basket's first (near) legs; legs with {@code yearsAfterFirstExpiry > 0} expire
 *     that much later
 */
public record MarginMarket(
        UnderlyingKind kind,
        double spot,
        double underlyingAnnualVol,
        double rate,
        double dividendYield,
        LocalDate firstExpiry) {

    /** Validates the components. */
    public MarginMarket {
        Checks.notNull(kind, "kind");
        Checks.positive(spot, "spot");
        Checks.nonNegative(underlyingAnnualVol, "underlyingAnnualVol");
        Checks.finite(rate, "rate");
        Checks.finite(dividendYield, "dividendYield");
        Checks.notNull(firstExpiry, "firstExpiry");
    }
}
