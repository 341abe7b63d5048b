package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.result.Checks;

/**
 * The stock's implied volatility analysis ({@code strategy_iv_analysis}); volatilities are annualised decimals.
 *
 * @param atmIv at-the-money implied volatility of the near expiry, {@code >= 0}
 * @param historicalVolatility realised volatility of the daily closes, {@code >= 0}
 * @param ivRank IV rank, a fraction in [0, 1] (see {@code core.analysis.IvStatistics})
 * @param ivPercentile IV percentile, a fraction in [0, 1]
 * @param environment the IV environment
 */
public record IvAnalysis(
        double atmIv, double historicalVolatility, double ivRank, double ivPercentile, IvEnvironment environment) {

    /** Validates the figures. */
    public IvAnalysis {
        Checks.nonNegative(atmIv, "atmIv");
        Checks.nonNegative(historicalVolatility, "historicalVolatility");
        Fractions.check(ivRank, "ivRank");
        Fractions.check(ivPercentile, "ivPercentile");
        Checks.notNull(environment, "environment");
    }
}
