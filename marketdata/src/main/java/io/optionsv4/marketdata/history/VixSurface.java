package io.optionsv4.marketdata.history;

/**
 * NIFTY's implied volatility surface on one session, anchored on that day's India VIX.
 *
 * <p>ATM term structure: the expected variance of a mean-reverting variance, {@code θ(T) = v∞·T + (v0 − v∞)·(1 −
 * e^{−κT})/κ} (total ATM implied variance), with {@code v∞ = }{@value ChainModel#LONG_RUN_ATM_VOL}² and {@code κ =}
 * {@value ChainModel#VARIANCE_REVERSION}; {@code v0} is solved so that the 30-day ATM vol is {@value
 * ChainModel#ATM_TO_VIX} × VIX/100 (floored at {@value ChainModel#MIN_VARIANCE_SHARE} of that variance). A low VIX
 * gives an upward sloping term structure, a high one an inverted one, as the real chains show. Smile: SSVI (Gatheral
 * and Jacquier 2014), {@code w(k) = θ/2·(1 + ρφk + √((φk + ρ)² + 1 − ρ²))}, {@code φ = η/√θ}, {@code k = ln(K/F)},
 * one shape in standardised moneyness {@code k/√θ}; {@code θ(T)} increases with {@code T} and {@code η²(1 + |ρ|) <=
 * 4}, so the surface has no calendar or butterfly arbitrage (their Theorem 4.2, Corollary 4.1). Immutable.
 *
 * @param currentVariance {@code v0}, annualised
 * @param longRunVariance {@code v∞}, annualised
 */
record VixSurface(double currentVariance, double longRunVariance) {

    private static final double MIN_YEARS = 1.0 / (365.0 * 24.0);

    /** Returns the surface of a day whose India VIX closed at {@code vixPoints} (11.49 = 11.49 %). */
    static VixSurface anchoredOn(double vixPoints) {
        double longRun = ChainModel.LONG_RUN_ATM_VOL * ChainModel.LONG_RUN_ATM_VOL;
        double atm = ChainModel.ATM_TO_VIX * vixPoints / 100.0;
        double t = ChainModel.ANCHOR_YEARS;
        double weight = reversionWeight(t);
        double current = longRun + (atm * atm - longRun) * t / weight;
        return new VixSurface(Math.max(current, ChainModel.MIN_VARIANCE_SHARE * atm * atm), longRun);
    }

    /** Returns the ATM total implied variance {@code θ(T)}; {@code T} floored at one hour. */
    double atmTotalVariance(double years) {
        double t = Math.max(years, MIN_YEARS);
        return longRunVariance * t + (currentVariance - longRunVariance) * reversionWeight(t);
    }

    /** Returns the ATM implied vol for {@code years} to expiry. */
    double atmVol(double years) {
        double t = Math.max(years, MIN_YEARS);
        return Math.sqrt(atmTotalVariance(t) / t);
    }

    /** Returns the implied vol of {@code strike} for the forward {@code forward} and {@code years} to expiry. */
    double impliedVol(double forward, double strike, double years) {
        double t = Math.max(years, MIN_YEARS);
        return smileVol(atmTotalVariance(t), t, Math.log(strike / forward));
    }

    /**
     * Returns the SSVI vol at log-moneyness {@code k = ln(K/F)} for the ATM total variance {@code theta} of {@code
     * years} (floored at one hour): the chain builder computes {@code theta} once per expiry.
     */
    static double smileVol(double theta, double years, double k) {
        double t = Math.max(years, MIN_YEARS);
        double rho = ChainModel.SMILE_RHO;
        double phiK = ChainModel.SMILE_ETA / Math.sqrt(theta) * k;
        double w = 0.5 * theta * (1 + rho * phiK + Math.sqrt((phiK + rho) * (phiK + rho) + 1 - rho * rho));
        return Math.sqrt(w / t);
    }

    /** {@code (1 − e^{−κT})/κ}. */
    private static double reversionWeight(double years) {
        double kappa = ChainModel.VARIANCE_REVERSION;
        return -Math.expm1(-kappa * years) / kappa;
    }
}
