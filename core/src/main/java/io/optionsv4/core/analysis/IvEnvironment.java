package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;

/** Where today's implied volatility sits in its own history, from the IV percentile ({@link IvStatistics}). */
public enum IvEnvironment {
    /** IV percentile below 10 %. */
    VERY_LOW,
    /** IV percentile from 10 % to below 30 %. */
    LOW,
    /** IV percentile from 30 % to 70 %. */
    NORMAL,
    /** IV percentile above 70 % up to 90 %. */
    HIGH,
    /** IV percentile above 90 %. */
    VERY_HIGH;

    /**
     * Returns the environment of an IV percentile.
     *
     * @param ivPercentile the share of past days with a lower IV, between 0 and 1
     * @throws IllegalArgumentException when the percentile is outside [0, 1]
     */
    public static IvEnvironment ofPercentile(double ivPercentile) {
        Checks.argument(
                ivPercentile >= 0 && ivPercentile <= 1, () -> "ivPercentile must be in [0, 1] but was " + ivPercentile);
        if (ivPercentile < 0.10) {
            return VERY_LOW;
        }
        if (ivPercentile < 0.30) {
            return LOW;
        }
        if (ivPercentile <= 0.70) {
            return NORMAL;
        }
        return ivPercentile <= 0.90 ? HIGH : VERY_HIGH;
    }
}
