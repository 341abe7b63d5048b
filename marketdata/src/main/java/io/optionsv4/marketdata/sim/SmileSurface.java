package io.optionsv4.marketdata.sim;

/**
 * One underlying's implied volatility surface on one session: an ATM term structure from the current and long-run
 * variance and, per expiry, an SSVI smile (Gatheral–Jacquier 2014, "Arbitrage-free SVI volatility surfaces").
 *
 * <p>ATM total variance {@code θ(T) = P²·(v∞·T + (v0 − v∞)·(1 − e^{−κT})/κ)}: the expected variance of a
 * mean-reverting variance ({@code κ} = {@value Calibration#VARIANCE_REVERSION}) times the vol premium {@code P}; it
 * increases with {@code T} for any {@code v0, v∞ > 0}. Smile: total variance {@code w(k) = θ/2·(1 + ρφk + √((φk + ρ)²
 * + 1 − ρ²))} with {@code k = ln(K/F)} and {@code φ = η/√θ}, so the smile has one shape in standardised moneyness
 * {@code x = k/√θ}. With {@code η²(1 + |ρ|) ≤ 4} and {@code η√θ(1 + |ρ|) < 4} the surface is free of butterfly
 * arbitrage, and since {@code θφ(θ) = η√θ} grows with {@code θ} also of calendar arbitrage (their Theorem 4.2 and
 * Corollary 4.1). Immutable.
 *
 * @param currentVariance {@code v0}: instantaneous variance (diffusion plus jumps), annualised
 * @param longRunVariance {@code v∞}: long-run variance, annualised
 * @param premium {@code P}: ratio of implied to expected realised vol
 * @param rho SSVI {@code ρ} in (−1, 1); negative makes puts richer
 * @param eta SSVI {@code η > 0}
 */
record SmileSurface(double currentVariance, double longRunVariance, double premium, double rho, double eta) {

    private static final double MIN_YEARS = 1.0 / (365.0 * 24.0);

    /** Returns the ATM (at the forward) total implied variance {@code θ(T)}; {@code T} floored at one hour. */
    double atmTotalVariance(double years) {
        double t = Math.max(years, MIN_YEARS);
        double kappa = Calibration.VARIANCE_REVERSION;
        double expected =
                longRunVariance * t + (currentVariance - longRunVariance) * (1 - Math.exp(-kappa * t)) / kappa;
        return premium * premium * expected;
    }

    /** Returns the ATM implied vol for {@code years} to expiry (annualised decimal). */
    double atmVol(double years) {
        double t = Math.max(years, MIN_YEARS);
        return Math.sqrt(atmTotalVariance(t) / t);
    }

    /** Returns the implied vol of strike {@code strike} for a forward {@code forward} and {@code years} to expiry. */
    double impliedVol(double forward, double strike, double years) {
        double t = Math.max(years, MIN_YEARS);
        double theta = atmTotalVariance(t);
        double phiK = eta / Math.sqrt(theta) * Math.log(strike / forward);
        double w = 0.5 * theta * (1 + rho * phiK + Math.sqrt((phiK + rho) * (phiK + rho) + 1 - rho * rho));
        return Math.sqrt(w / t);
    }
}
