package io.optionsv4.core.analysis;

import io.optionsv4.core.market.Candle;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Close-to-close realised volatility: the sample standard deviation (divisor {@code n − 1}) of the last {@code
 * window} daily log returns {@code ln(C_t / C_{t−1})}, annualised by {@code √252}. An annualised decimal, like implied
 * volatility. Stateless.
 */
public final class RealizedVolatility {

    /** Trading days a year, for annualising. */
    public static final int TRADING_DAYS = 252;

    /** The default window of daily returns, about one month. */
    public static final int DEFAULT_WINDOW = 20;

    private RealizedVolatility() {}

    /**
     * Returns the realised volatility over the last {@code window} returns up to {@code asOf}.
     *
     * @param candles daily candles, strictly increasing dates
     * @param asOf the analysis day; later candles are ignored
     * @param window daily returns to use, at least 2
     * @return the volatility, or {@link InsufficientHistory} with fewer than {@code window + 1} closes
     */
    public static IndicatorReading closeToClose(List<Candle> candles, LocalDate asOf, int window) {
        Checks.argument(window >= 2, () -> "window must be >= 2 but was " + window);
        List<Candle> history = DailyCandles.upTo(candles, asOf);
        if (history.size() < window + 1) {
            return new InsufficientHistory("realized volatility " + window, window + 1, history.size());
        }
        return new IndicatorReading.Value(of(history, history.size() - 1, window));
    }

    /**
     * Returns the rolling realised volatility of every day up to {@code asOf} that has {@code window + 1} closes,
     * oldest first; empty when none has.
     *
     * @param candles daily candles, strictly increasing dates
     * @param asOf the analysis day
     * @param window daily returns per figure, at least 2
     */
    public static List<Double> history(List<Candle> candles, LocalDate asOf, int window) {
        Checks.argument(window >= 2, () -> "window must be >= 2 but was " + window);
        List<Candle> history = DailyCandles.upTo(candles, asOf);
        List<Double> vols = new ArrayList<>();
        for (int end = window; end < history.size(); end++) {
            vols.add(of(history, end, window));
        }
        return vols;
    }

    private static double of(List<Candle> history, int end, int window) {
        double[] returns = new double[window];
        double mean = 0;
        for (int i = 0; i < window; i++) {
            int t = end - window + 1 + i;
            returns[i] = Math.log(history.get(t).close() / history.get(t - 1).close());
            mean += returns[i] / window;
        }
        double sumSquares = 0;
        for (double r : returns) {
            sumSquares += (r - mean) * (r - mean);
        }
        return Math.sqrt(sumSquares / (window - 1) * TRADING_DAYS);
    }
}
