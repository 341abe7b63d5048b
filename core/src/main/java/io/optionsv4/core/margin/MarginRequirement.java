package io.optionsv4.core.margin;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;

/**
 * The margin of a basket, rupees to the paisa (each figure rounded half up from the model's doubles).
 *
 * @param scanRisk the worst loss over the 16 SPAN scenarios (extremes at their weight), {@code >= 0}
 * @param span the SPAN requirement: {@code max(scanRisk, short option minimum) − net option value}, at least 0; for a
 *     net short basket it includes the value of the options sold (the premium received pays that part)
 * @param exposure exposure margin on the notional of short option and short underlying legs
 * @param premiumRequired the net premium paid for the option legs (a net debit), 0 for a net credit
 * @param premiumReceived the net premium received for the option legs (a net credit), 0 for a net debit
 * @param capitalRequired the cash the position ties up: {@code span + exposure + premiumRequired − premiumReceived}, at
 *     least 0, and at least the full value of long stock (covered call) or {@code strike × quantity} of short puts on
 *     a physically settled stock (cash-secured put)
 */
public record MarginRequirement(
        Money scanRisk,
        Money span,
        Money exposure,
        Money premiumRequired,
        Money premiumReceived,
        Money capitalRequired) {

    /** Validates that every figure is present and not negative. */
    public MarginRequirement {
        for (Money m : new Money[] {scanRisk, span, exposure, premiumRequired, premiumReceived, capitalRequired}) {
            Checks.notNull(m, "amount");
            if (m.isNegative()) {
                throw new IllegalArgumentException("margin figures must be >= 0 but one was " + m);
            }
        }
    }

    /** Returns what the exchange blocks: {@code span + exposure + premiumRequired}. */
    public Money total() {
        return span.plus(exposure).plus(premiumRequired);
    }
}
