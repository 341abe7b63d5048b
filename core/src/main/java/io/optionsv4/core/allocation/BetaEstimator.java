package io.optionsv4.core.allocation;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Beta of an underlying to NIFTY: the ordinary least squares slope of the stock's daily log returns on NIFTY's,
 * {@code β = cov(r_s, r_n) / var(r_n)}, over the sessions both series have (returns between consecutive common
 * sessions). The engine passes one year of daily candles. With fewer than {@link #MIN_RETURNS} common returns, or no
 * NIFTY variance, the estimate falls back to 1 and says it is short.
 */
public final class BetaEstimator {

    /** The fewest common daily returns (about three months) an estimate is trusted on. */
    public static final int MIN_RETURNS = 60;

    private BetaEstimator() {}

    /**
     * The estimated beta and the number of returns it rests on.
     *
     * @param beta the slope, 1 when {@code shortHistory}
     * @param returns the common daily returns used
     * @param shortHistory whether there were fewer than {@link #MIN_RETURNS} returns (or no NIFTY variance)
     */
    public record Beta(double beta, int returns, boolean shortHistory) {
        /** Validates the figures. */
        public Beta {
            Checks.finite(beta, "beta");
            Checks.argument(returns >= 0, () -> "returns must be >= 0 but was " + returns);
        }
    }

    /** Returns the OLS beta of {@code stock} to {@code nifty}; candles in date order, matched by date. */
    public static Beta estimate(List<Candle> stock, List<Candle> nifty) {
        Checks.notNull(stock, "stock");
        Checks.notNull(nifty, "nifty");
        Map<LocalDate, Double> niftyClose = new HashMap<>();
        nifty.forEach(c -> niftyClose.put(c.date(), c.close()));
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        Candle previous = null;
        for (Candle c : stock) {
            if (!niftyClose.containsKey(c.date())) {
                continue;
            }
            if (previous != null) {
                double x = Math.log(niftyClose.get(c.date()) / niftyClose.get(previous.date()));
                double y = Math.log(c.close() / previous.close());
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                n++;
            }
            previous = c;
        }
        double varianceN = n * sxx - sx * sx;
        if (n < MIN_RETURNS || !(varianceN > 0)) {
            return new Beta(1.0, n, true);
        }
        return new Beta((n * sxy - sx * sy) / varianceN, n, false);
    }
}
