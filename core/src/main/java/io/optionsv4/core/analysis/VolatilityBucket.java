package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;

/** How volatile a stock is by its realised volatility (annualised): below 20 %, 35 %, 50 %, or above. */
public enum VolatilityBucket {
    /** Below 20 % a year. */
    LOW,
    /** From 20 % to below 35 %. */
    MODERATE,
    /** From 35 % to below 50 %. */
    HIGH,
    /** 50 % or more. */
    VERY_HIGH;

    /** Returns the bucket of an annualised volatility (decimal, 0.25 = 25 %). */
    public static VolatilityBucket of(double annualVol) {
        Checks.nonNegative(annualVol, "annualVol");
        if (annualVol < 0.20) {
            return LOW;
        }
        if (annualVol < 0.35) {
            return MODERATE;
        }
        return annualVol < 0.50 ? HIGH : VERY_HIGH;
    }
}
