package io.optionsv4.core.selection;

import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.result.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The stock's implied volatility analysis ({@code strategy_iv_analysis}); volatilities are annualised decimals. The
 * rank, percentile and environment are absent together when there was not enough stored IV history to rank today's
 * IV against ({@code core.analysis.IvAssessment#rankUnavailable}).
 *
 * @param atmIv the 30-day constant-maturity ATM implied volatility, {@code >= 0}
 * @param historicalVolatility realised volatility of the daily closes, {@code >= 0}; absent without a price history
 * @param ivRank IV rank, a fraction in [0, 1] (see {@code core.analysis.IvStatistics}), when available
 * @param ivPercentile IV percentile, a fraction in [0, 1], when available
 * @param environment the IV environment, when available
 */
public record IvAnalysis(
        double atmIv,
        OptionalDouble historicalVolatility,
        OptionalDouble ivRank,
        OptionalDouble ivPercentile,
        Optional<IvEnvironment> environment) {

    /** Validates the figures. */
    public IvAnalysis {
        Checks.nonNegative(atmIv, "atmIv");
        Checks.notNull(historicalVolatility, "historicalVolatility");
        historicalVolatility.ifPresent(v -> Checks.nonNegative(v, "historicalVolatility"));
        Checks.notNull(ivRank, "ivRank");
        Checks.notNull(ivPercentile, "ivPercentile");
        Checks.notNull(environment, "environment");
        ivRank.ifPresent(r -> Fractions.check(r, "ivRank"));
        ivPercentile.ifPresent(p -> Fractions.check(p, "ivPercentile"));
        Checks.argument(
                ivRank.isPresent() == ivPercentile.isPresent() && ivRank.isPresent() == environment.isPresent(),
                "ivRank, ivPercentile and environment must be all present or all absent");
    }

    /** Returns the analysis with a rank, a percentile and an environment. */
    public static IvAnalysis ranked(
            double atmIv,
            OptionalDouble historicalVolatility,
            double ivRank,
            double ivPercentile,
            IvEnvironment environment) {
        return new IvAnalysis(
                atmIv,
                historicalVolatility,
                OptionalDouble.of(ivRank),
                OptionalDouble.of(ivPercentile),
                Optional.of(Checks.notNull(environment, "environment")));
    }

    /** Returns the analysis without a rank (too little stored IV history). */
    public static IvAnalysis unranked(double atmIv, OptionalDouble historicalVolatility) {
        return new IvAnalysis(
                atmIv, historicalVolatility, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());
    }
}
