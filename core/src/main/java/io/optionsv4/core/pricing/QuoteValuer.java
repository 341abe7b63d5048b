package io.optionsv4.core.pricing;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.market.QuoteQuality;
import io.optionsv4.core.market.Valuation;
import java.util.OptionalDouble;

/**
 * The one rule every market data source uses to turn an option's mark into its {@link Valuation}: an untraded option
 * is {@code UNTRADED}; on its expiry date it is {@code NO_IV} ({@code EXPIRED}); without a forward for the expiry it is
 * {@code NO_FORWARD}; otherwise the Black-76 implied volatility of the mark on the chain's forward, and the Greeks at
 * it ({@code NO_IV} with the solver's status when no volatility matches). Nothing is estimated or filled in.
 */
public final class QuoteValuer {

    private QuoteValuer() {}

    /**
     * Values one option.
     *
     * @param traded whether any contract traded in the session
     * @param right call or put
     * @param mark the price the volatility is implied from (settlement, or mid), per unit
     * @param forward the expiry's forward, empty when none could be established
     * @param strike the strike
     * @param yearsToExpiry years to expiry ({@link TimeToExpiry}); 0 on the expiry date
     * @param discountFactor discount factor to the expiry
     */
    public static Valuation value(
            boolean traded,
            Right right,
            double mark,
            OptionalDouble forward,
            double strike,
            double yearsToExpiry,
            double discountFactor) {
        if (!traded) {
            return new Valuation.Unpriced(QuoteQuality.UNTRADED, "no contracts traded");
        }
        if (yearsToExpiry == 0) {
            return new Valuation.Unpriced(QuoteQuality.NO_IV, "EXPIRED: the option expires on the trade date");
        }
        if (forward.isEmpty()) {
            return new Valuation.Unpriced(
                    QuoteQuality.NO_FORWARD, "no strike with both call and put traded, and no traded future");
        }
        double f = forward.getAsDouble();
        ImpliedVolatilityResult iv =
                ImpliedVolatilitySolver.black76(right, mark, f, strike, yearsToExpiry, discountFactor);
        if (!iv.isOk()) {
            return new Valuation.Unpriced(QuoteQuality.NO_IV, iv.status().name());
        }
        Greeks g = Black76.greeks(right, f, strike, yearsToExpiry, iv.volatility(), discountFactor);
        return new Valuation.Priced(
                iv.volatility(), new OptionGreeks(g.delta(), g.gamma(), g.vega(), g.theta(), g.rho()));
    }
}
