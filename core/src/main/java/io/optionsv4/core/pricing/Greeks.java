package io.optionsv4.core.pricing;

/**
 * An option's price and sensitivities, computed together in one pass by {@link BlackScholesMerton#greeks} or
 * {@link Black76#greeks}. All figures are per unit of underlying (multiply by the lot size for a lot) and for a long
 * position (negate for a short one). Which variable "the underlying" is depends on the model: the spot {@code S} for
 * Black–Scholes–Merton, the forward {@code F} for Black-76.
 *
 * <p>The values are not validated: this is a hot-path result, and near expiry at the money some Greeks legitimately
 * become very large.
 *
 * @param price option value in rupees per unit of underlying
 * @param delta {@code ∂V/∂S} (BSM) or {@code ∂V/∂F} (Black-76); dimensionless, between −1 and +1 up to discounting
 * @param gamma {@code ∂²V/∂S²} (BSM) or {@code ∂²V/∂F²} (Black-76), per rupee of underlying
 * @param vega change in price for a rise of one volatility point: {@code ∂V/∂σ × 0.01} (σ 0.20 to 0.21)
 * @param theta change in price for one calendar day less to expiry: {@code −∂V/∂T / 365}, other inputs held fixed
 *     (usually negative for a long option)
 * @param rho change in price for a rise of one percentage point in the continuously compounded rate: {@code ∂V/∂r ×
 *     0.01}; which other inputs are held fixed is documented on each model
 * @param vanna change in delta for a rise of one volatility point: {@code ∂²V/∂S∂σ × 0.01}
 * @param volga change in vega (in vega units) for a rise of one volatility point: {@code ∂²V/∂σ² × 1e-4}
 * @param charm change in delta for one calendar day less to expiry: {@code −∂delta/∂T / 365}
 */
public record Greeks(
        double price,
        double delta,
        double gamma,
        double vega,
        double theta,
        double rho,
        double vanna,
        double volga,
        double charm) {

    private static final double PER_VOL_POINT = 0.01;
    private static final double PER_VOL_POINT_SQUARED = 1e-4;
    private static final double PER_RATE_POINT = 0.01;
    private static final double PER_CALENDAR_DAY = 1.0 / TimeToExpiry.DAYS_PER_YEAR;

    /** An option with no value and no sensitivity: out of the money at expiry or with zero variance. */
    static final Greeks WORTHLESS = new Greeks(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * Builds the result from raw model derivatives (vega and vanna per unit of vol, volga per unit of vol squared,
     * theta and charm per year, rho per unit of rate) by applying the scaling documented on this record.
     */
    static Greeks fromAnnual(
            double price,
            double delta,
            double gamma,
            double vegaPerUnitVol,
            double thetaPerYear,
            double rhoPerUnitRate,
            double vannaPerUnitVol,
            double volgaPerUnitVolSquared,
            double charmPerYear) {
        return new Greeks(
                price,
                delta,
                gamma,
                vegaPerUnitVol * PER_VOL_POINT,
                thetaPerYear * PER_CALENDAR_DAY,
                rhoPerUnitRate * PER_RATE_POINT,
                vannaPerUnitVol * PER_VOL_POINT,
                volgaPerUnitVolSquared * PER_VOL_POINT_SQUARED,
                charmPerYear * PER_CALENDAR_DAY);
    }

    /** Below this, {@code exp(−d1²/2)} has lost too many bits to carry {@code exp(−d2²/2)}. */
    private static final double SHARED_EXP_FLOOR = 0x1.0p-900;

    /**
     * Returns {@code exp(−d2²/2)} from {@code e1 = exp(−d1²/2)} without another exponential: with {@code d2 = d1 −
     * σ√T} and {@code d1·σ√T = ln(F/K) + σ²T/2}, {@code exp(−d2²/2) = e1·F/K} exactly. Falls back to the exponential
     * when {@code e1} is too small (or {@code F/K} too extreme) for the product to keep its precision.
     *
     * @param e1 {@code exp(−d1²/2)}
     * @param forwardOverStrike {@code F/K}, i.e. {@code S·e^{−qT} / (K·e^{−rT})}
     * @param d2 {@code d1 − σ√T}
     */
    static double expOfNegativeHalfSquareOfD2(double e1, double forwardOverStrike, double d2) {
        double e2 = e1 * forwardOverStrike;
        if (e1 >= SHARED_EXP_FLOOR && e2 <= 1.0 && e2 >= SHARED_EXP_FLOOR) {
            return e2;
        }
        return Math.exp(-0.5 * d2 * d2);
    }

    /**
     * The weight of the exercise payoff in a deterministic (zero variance) value: 1 in the money, 0 out of the money
     * and 1/2 exactly at the money, given {@code intrinsic = φ·(PV(underlying) − PV(strike))}. The half is the average
     * of the one-sided limits at the kink, the convention for delta at the money at expiry.
     */
    static double inTheMoneyWeight(double intrinsic) {
        if (intrinsic > 0) {
            return 1.0;
        }
        return intrinsic == 0 ? 0.5 : 0.0;
    }
}
