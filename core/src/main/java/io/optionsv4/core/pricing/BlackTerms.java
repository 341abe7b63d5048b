package io.optionsv4.core.pricing;

/**
 * The terms every lognormal (Black) formula shares: {@code d1 = ln(F/K)/(σ√T) + σ√T/2}, {@code d2 = d1 − σ√T},
 * {@code N(φ·d1)}, {@code N(φ·d2)} and {@code e1 = exp(−d1²/2)} (the density is {@code e1/√(2π)}). One exponential
 * serves all three normal values: {@code exp(−d2²/2) = e1·F/K} exactly (see {@link
 * Greeks#expOfNegativeHalfSquareOfD2}). Small enough to be inlined and scalar-replaced on the hot path.
 *
 * @param d1 {@code d1}
 * @param d2 {@code d2}
 * @param nd1 {@code N(φ·d1)}
 * @param nd2 {@code N(φ·d2)}
 * @param e1 {@code exp(−d1²/2)}
 */
record BlackTerms(double d1, double d2, double nd1, double nd2, double e1) {

    /**
     * Computes the terms.
     *
     * @param phi +1 for a call, −1 for a put
     * @param logForwardOverStrike {@code ln(F/K)}
     * @param forwardOverStrike {@code F/K}
     * @param sigmaRootT {@code σ√T}, a normal positive double
     * @param inverseSigmaRootT {@code 1/(σ√T)}
     */
    static BlackTerms of(
            double phi,
            double logForwardOverStrike,
            double forwardOverStrike,
            double sigmaRootT,
            double inverseSigmaRootT) {
        double moneyness = logForwardOverStrike * inverseSigmaRootT;
        double halfSigmaRootT = 0.5 * sigmaRootT;
        double d1 = moneyness + halfSigmaRootT;
        double d2 = moneyness - halfSigmaRootT;
        double e1 = Math.exp(-0.5 * d1 * d1);
        double e2 = Greeks.expOfNegativeHalfSquareOfD2(e1, forwardOverStrike, d2);
        return new BlackTerms(
                d1,
                d2,
                NormalDistribution.cdfGivenExpOfNegativeHalfSquare(phi * d1, e1),
                NormalDistribution.cdfGivenExpOfNegativeHalfSquare(phi * d2, e2),
                e1);
    }

    /** Returns the standard normal density at {@code d1}. */
    double density() {
        return NormalDistribution.ONE_OVER_SQRT_TWO_PI * e1;
    }
}
