package io.optionsv4.engine.backtest.report;

/**
 * The headline return figures of a run, from its daily returns.
 *
 * <p>Conventions (those of the common quant libraries, e.g. empyrical): {@value #SESSIONS_PER_YEAR} sessions a year;
 * daily returns {@code r_t} are close over previous close (the capital before the first close) minus one; the
 * risk-free rate is an annual decimal {@code rf} turned into a daily one as {@code (1 + rf)^(1/252) - 1} and
 * subtracted from every daily return (the default report uses {@code rf = 0}: the ratios of raw returns).
 *
 * <ul>
 *   <li>CAGR = {@code (end / capital)^(252 / n) - 1} over {@code n} closes;
 *   <li>annualised volatility = sample standard deviation (divisor {@code n - 1}) of {@code r_t} times
 *       {@code sqrt(252)};
 *   <li>Sharpe = {@code sqrt(252) * mean(r_t - rf_d) / sd(r_t - rf_d)} with the sample standard deviation;
 *   <li>Sortino = {@code sqrt(252) * mean(r_t - rf_d) / DD} with the downside deviation
 *       {@code DD = sqrt(sum(min(0, r_t - rf_d)^2) / n)} over all {@code n} days (Sortino and Price, 1994).
 * </ul>
 *
 * @param capitalPaise the starting capital
 * @param endEquityPaise the equity at the last close
 * @param sessions closes in the run ({@code n})
 * @param totalReturn {@code end / capital - 1}
 * @param cagr compound annual growth rate; null with no close, an end equity of zero or less, or a growth too large
 *     for a {@code double} (a few sessions of large gains raised to the power 252 / n)
 * @param annualVolatility annualised volatility of daily returns; null with fewer than two closes
 * @param sharpe annualised Sharpe ratio; null with fewer than two closes or returns without variation
 * @param sortino annualised Sortino ratio; null with no close or no day below the risk-free rate
 * @param annualRiskFreeRate the annual risk-free rate the ratios used (a decimal fraction)
 * @param maxDrawdown the deepest drawdown
 */
public record PerformanceSummary(
        long capitalPaise,
        long endEquityPaise,
        int sessions,
        double totalReturn,
        Double cagr,
        Double annualVolatility,
        Double sharpe,
        Double sortino,
        double annualRiskFreeRate,
        MaxDrawdown maxDrawdown) {

    /** Trading sessions a year, the annualisation factor of every ratio. */
    public static final int SESSIONS_PER_YEAR = 252;

    /** Computes the summary of {@code curve} with the annual risk-free rate {@code annualRiskFreeRate}. */
    public static PerformanceSummary of(EquityCurve curve, double annualRiskFreeRate) {
        if (!Double.isFinite(annualRiskFreeRate) || annualRiskFreeRate <= -1) {
            throw new IllegalArgumentException(
                    "annual risk-free rate must be a finite decimal above -1, was " + annualRiskFreeRate);
        }
        double[] returns = curve.dailyReturns();
        int n = returns.length;
        double dailyRiskFree = Math.pow(1 + annualRiskFreeRate, 1.0 / SESSIONS_PER_YEAR) - 1;
        double[] excess = new double[n];
        for (int i = 0; i < n; i++) {
            excess[i] = returns[i] - dailyRiskFree;
        }
        long end = curve.endPaise();
        double growth = (double) end / curve.capitalPaise();
        double annualGrowth = n == 0 || growth <= 0 ? Double.NaN : Math.pow(growth, (double) SESSIONS_PER_YEAR / n);
        Double cagr = Double.isFinite(annualGrowth) ? annualGrowth - 1 : null;
        Double volatility = n < 2 ? null : sampleDeviation(returns) * Math.sqrt(SESSIONS_PER_YEAR);
        return new PerformanceSummary(
                curve.capitalPaise(),
                end,
                n,
                growth - 1,
                cagr,
                volatility,
                sharpe(excess),
                sortino(excess),
                annualRiskFreeRate,
                MaxDrawdown.of(curve));
    }

    static Double sharpe(double[] excess) {
        if (excess.length < 2) {
            return null;
        }
        double sd = sampleDeviation(excess);
        return sd == 0 ? null : Math.sqrt(SESSIONS_PER_YEAR) * mean(excess) / sd;
    }

    static Double sortino(double[] excess) {
        if (excess.length == 0) {
            return null;
        }
        double sumSquares = 0;
        for (double x : excess) {
            double down = Math.min(0, x);
            sumSquares += down * down;
        }
        double downside = Math.sqrt(sumSquares / excess.length);
        return downside == 0 ? null : Math.sqrt(SESSIONS_PER_YEAR) * mean(excess) / downside;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double sampleDeviation(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
