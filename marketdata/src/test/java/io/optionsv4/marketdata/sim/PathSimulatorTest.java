package io.optionsv4.marketdata.sim;

import static io.optionsv4.marketdata.sim.SimFixtures.MARKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.market.Candle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stylised facts of the simulated returns over long runs, and the exact bridge of the volatility factor. */
class PathSimulatorTest {

    private static final LocalDate FROM = LocalDate.of(2008, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final List<String> STOCKS =
            List.of("RELIANCE", "INFY", "TCS", "HDFCBANK", "SBIN", "ITC", "LT", "MARUTI", "SUNPHARMA", "TATASTEEL");

    @Test
    void test_niftyReturns_fatTailsOverALongRun() {
        double[] r = logReturns(MARKET.niftyHistory(FROM, TO));
        assertThat(r.length).isGreaterThan(4000);
        assertThat(excessKurtosis(r)).isGreaterThan(1.0);
    }

    @Test
    void test_niftyReturns_volatilityClusters() {
        double[] r = logReturns(MARKET.niftyHistory(FROM, TO));
        double[] absolute = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            absolute[i] = Math.abs(r[i]);
        }
        assertThat(autocorrelation(absolute, 1)).isGreaterThan(0.1);
        assertThat(autocorrelation(absolute, 5)).isGreaterThan(0.05);
        assertThat(Math.abs(autocorrelation(r, 1))).isLessThan(0.1);
    }

    @Test
    void test_stockReturns_positivelyCorrelatedWithNifty() {
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        double[] nifty = logReturns(MARKET.niftyHistory(from, to));
        List<Double> correlations = new ArrayList<>();
        for (String symbol : STOCKS) {
            double[] stock = logReturns(MARKET.dailyCandles(symbol, from, to));
            correlations.add(correlation(stock, nifty));
        }
        assertThat(correlations).allSatisfy(c -> assertThat(c).isGreaterThan(0.1));
        double mean =
                correlations.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(mean).isCloseTo(Calibration.MARKET_CORRELATION, within(0.15));
    }

    @Test
    void test_ouBridge_hitsBothEnds() {
        double[] shocks = {0.3, -1.2, 0.8, 2.0, -0.4};
        double[] h = PathSimulator.ouBridge(0.2, -0.5, 0.9, 0.35, shocks);
        assertThat(h[h.length - 1]).isCloseTo(-0.5, within(1e-12));
        double[] free = PathSimulator.ouBridge(0.2, Double.NaN, 0.9, 0.35, new double[0]);
        assertThat(free).isEmpty();
    }

    static double[] logReturns(List<Candle> candles) {
        double[] r = new double[candles.size() - 1];
        for (int i = 1; i < candles.size(); i++) {
            r[i - 1] = Math.log(candles.get(i).close() / candles.get(i - 1).close());
        }
        return r;
    }

    private static double excessKurtosis(double[] x) {
        double mean = mean(x);
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m4 / (m2 * m2) - 3;
    }

    private static double autocorrelation(double[] x, int lag) {
        double[] a = new double[x.length - lag];
        double[] b = new double[x.length - lag];
        System.arraycopy(x, 0, a, 0, a.length);
        System.arraycopy(x, lag, b, 0, b.length);
        return correlation(a, b);
    }

    static double correlation(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }
}
