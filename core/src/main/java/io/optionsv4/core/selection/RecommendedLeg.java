package io.optionsv4.core.selection;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One option leg of a recommended strategy with its price and Greeks at recommendation ({@code strategy_details}).
 *
 * @param side buy or sell
 * @param right call or put
 * @param strike strike in rupees, {@code > 0}
 * @param expiry the expiry date
 * @param lots how many lots, {@code > 0} (the side gives the sign)
 * @param premiumPerUnit the option's price per unit in rupees used for the figures, {@code >= 0}
 * @param impliedVolatility the option's implied volatility (annualised decimal), {@code >= 0}
 * @param greeks the option's Greeks per unit for a long position ({@link OptionGreeks} scaling)
 */
public record RecommendedLeg(
        Side side,
        Right right,
        double strike,
        LocalDate expiry,
        int lots,
        double premiumPerUnit,
        double impliedVolatility,
        OptionGreeks greeks) {

    /** Validates the leg. */
    public RecommendedLeg {
        Checks.notNull(side, "side");
        Checks.notNull(right, "right");
        Checks.positive(strike, "strike");
        Checks.notNull(expiry, "expiry");
        Checks.positive(lots, "lots");
        Checks.nonNegative(premiumPerUnit, "premiumPerUnit");
        Checks.nonNegative(impliedVolatility, "impliedVolatility");
        Checks.notNull(greeks, "greeks");
    }

    /** Returns the signed lot count: positive for a buy, negative for a sell. */
    public int signedLots() {
        return side.sign() * lots;
    }

    /** Returns the leg's part of the idempotency key, e.g. {@code SELL CALL 2500 2020-01-30 x1}. */
    public String key() {
        return side + " " + right + " " + String.format(Locale.ROOT, "%s", strike) + " " + expiry + " x" + lots;
    }
}
