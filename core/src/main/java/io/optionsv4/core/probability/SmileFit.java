package io.optionsv4.core.probability;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.market.ChainRow;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.market.OptionQuote;
import io.optionsv4.core.result.Checks;
import java.util.Arrays;
import java.util.Optional;

/**
 * Fits one expiry's smile to the implied volatilities of its chain: a smooth curve through the quotes that a stale or
 * mispriced quote cannot bend.
 *
 * <p>End-of-day files carry settlement prices of options that did not trade for hours or days, so neighbouring strikes'
 * IVs can differ by ten volatility points (ICICIPRULI, 3 Jan 2020: 17.7 % at the 460 put, 30.0 % at the 470 put).
 * Interpolating such quotes makes the slope of the smile, hence the implied probabilities, meaningless. The fit:
 *
 * <ol>
 *   <li>nodes: at every strike the IV of the out-of-the-money option (the put below the forward, the call at and above
 *       it; the other one where that has none), the more liquid side and the one volatility indices use; only strikes
 *       within {@value #MAX_STANDARDIZED} standard deviations ({@code |z| <= }{@value #MAX_STANDARDIZED}, {@code z =
 *       ln(K/F) / (ATM IV sqrt(T))});
 *   <li>a quote more than {@code max(2 vol points, 10 %)} away from the median of the five nearest nodes (itself
 *       included) is dropped: the smile is smooth over a few strikes, a stale quote is not;
 *   <li>weighted least squares of {@code sigma(z) = a + b z + c z^2} (a line with 3 or 4 nodes), weight {@code
 *       exp(-z^2/8)} (vega-like, so the wings count less) and a quarter for an option that did not trade that day;
 *   <li>robust refits: nodes whose residual exceeds {@code max(3 x 1.4826 x MAD, 1 vol point)} are dropped and the
 *       curve
 *       refitted, at most {@value #MAX_REFITS} times;
 *   <li>the {@link VolatilitySmile} through the fitted curve at the kept strikes (clamped to half the lowest and
 *       one and a half times the highest kept quote), flat beyond them.
 * </ol>
 *
 * <p>Fewer than three nodes give a flat smile at their median (at the ATM IV without any). Stateless and thread-safe.
 */
public final class SmileFit {

    /** The widest strike, in standard deviations of the expiry, that enters the fit. */
    public static final double MAX_STANDARDIZED = 4.0;

    /** The most refits after dropping outliers. */
    public static final int MAX_REFITS = 4;

    private static final double MIN_OUTLIER_THRESHOLD = 0.01;
    private static final double MAD_TO_SIGMA = 1.4826;
    private static final double UNTRADED_WEIGHT = 0.25;
    private static final int LOCAL_WINDOW = 5;
    private static final double LOCAL_POINTS = 0.02;
    private static final double LOCAL_SHARE = 0.10;

    private SmileFit() {}

    /**
     * Returns the fitted smile of {@code chain}'s quotes around {@code forward}, scaled by {@code atmVol} (the expiry's
     * ATM IV, {@code > 0}); empty when no option of the chain has an implied volatility.
     */
    public static Optional<VolatilitySmile> ofChain(OptionChain chain, double forward, double atmVol) {
        Checks.notNull(chain, "chain");
        Checks.positive(forward, "forward");
        int size = chain.rows().size();
        double[] strikes = new double[size];
        double[] vols = new double[size];
        double[] weights = new double[size];
        int n = 0;
        for (ChainRow row : chain.rows()) {
            Right outOfTheMoney = row.strike() < forward ? Right.PUT : Right.CALL;
            Optional<OptionQuote> quote = priced(row, outOfTheMoney)
                    .or(() -> priced(row, outOfTheMoney == Right.PUT ? Right.CALL : Right.PUT));
            if (quote.isPresent()) {
                strikes[n] = row.strike();
                vols[n] = quote.get().impliedVolatility().getAsDouble();
                weights[n] = quote.get().isTraded() ? 1.0 : UNTRADED_WEIGHT;
                n++;
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(fit(
                forward,
                chain.yearsToExpiry(),
                atmVol,
                Arrays.copyOf(strikes, n),
                Arrays.copyOf(vols, n),
                Arrays.copyOf(weights, n)));
    }

    /**
     * Returns the smile fitted to quotes {@code vols} at {@code strikes} (ascending) with liquidity weights
     * {@code weights} ({@code > 0}), for an expiry {@code years} away with forward {@code forward} and ATM IV {@code
     * atmVol}.
     */
    public static VolatilitySmile fit(
            double forward, double years, double atmVol, double[] strikes, double[] vols, double[] weights) {
        Checks.positive(forward, "forward");
        Checks.nonNegative(years, "years");
        Checks.nonNegative(atmVol, "atmVol");
        Checks.argument(
                strikes.length == vols.length && vols.length == weights.length,
                "strikes, vols and weights differ in length");
        double scale = atmVol * Math.sqrt(years);
        if (!(scale > 0)) {
            return VolatilitySmile.flat(strikes.length == 0 ? atmVol : median(vols, strikes.length));
        }
        int n = 0;
        double[] z = new double[strikes.length];
        double[] k = new double[strikes.length];
        double[] y = new double[strikes.length];
        double[] w = new double[strikes.length];
        for (int i = 0; i < strikes.length; i++) {
            double zi = Math.log(strikes[i] / forward) / scale;
            if (Math.abs(zi) <= MAX_STANDARDIZED && vols[i] > 0) {
                z[n] = zi;
                k[n] = strikes[i];
                y[n] = vols[i];
                w[n] = weights[i] * Math.exp(-zi * zi / 8);
                n++;
            }
        }
        if (n < 3) {
            return VolatilitySmile.flat(n == 0 ? atmVol : median(y, n));
        }
        boolean[] kept = offLocalMedian(y, n);
        double[] coefficients = refit(z, y, w, kept, n);
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                low = Math.min(low, y[i]);
                high = Math.max(high, y[i]);
                count++;
            }
        }
        double[] nodeStrikes = new double[count];
        double[] nodeVols = new double[count];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                double v = coefficients[0] + coefficients[1] * z[i] + coefficients[2] * z[i] * z[i];
                nodeStrikes[j] = k[i];
                nodeVols[j] = Math.min(Math.max(v, 0.5 * low), 1.5 * high);
                j++;
            }
        }
        return VolatilitySmile.of(nodeStrikes, nodeVols);
    }

    /**
     * Returns which nodes lie within {@code max(}{@value #LOCAL_POINTS}{@code  vol points, }{@value #LOCAL_SHARE}{@code
     * x median)} of the median of the {@value #LOCAL_WINDOW} nodes around them (themselves included): the smile is
     * smooth over a few strikes, a stale quote is not. Keeps every node when fewer than three would remain.
     */
    private static boolean[] offLocalMedian(double[] y, int n) {
        boolean[] kept = new boolean[n];
        int count = 0;
        int half = LOCAL_WINDOW / 2;
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, Math.min(i - half, n - LOCAL_WINDOW));
            int to = Math.min(n, from + LOCAL_WINDOW);
            double local = median(Arrays.copyOfRange(y, from, to), to - from);
            kept[i] = Math.abs(y[i] - local) <= Math.max(LOCAL_POINTS, LOCAL_SHARE * local);
            count += kept[i] ? 1 : 0;
        }
        if (count < 3) {
            Arrays.fill(kept, true);
        }
        return kept;
    }

    /** Fits, drops outliers and refits; returns {a, b, c} and leaves the kept nodes marked in {@code kept}. */
    private static double[] refit(double[] z, double[] y, double[] w, boolean[] kept, int n) {
        double[] coefficients = leastSquares(z, y, w, kept, n);
        for (int round = 0; round < MAX_REFITS; round++) {
            double[] residuals = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (kept[i]) {
                    residuals[m++] = y[i] - value(coefficients, z[i]);
                }
            }
            double center = median(residuals, m);
            double[] deviations = new double[m];
            for (int i = 0; i < m; i++) {
                deviations[i] = Math.abs(residuals[i] - center);
            }
            double threshold = Math.max(3 * MAD_TO_SIGMA * median(deviations, m), MIN_OUTLIER_THRESHOLD);
            boolean[] next = kept.clone();
            int left = 0;
            boolean dropped = false;
            for (int i = 0; i < n; i++) {
                if (kept[i] && Math.abs(y[i] - value(coefficients, z[i])) > threshold) {
                    next[i] = false;
                    dropped = true;
                }
                left += next[i] ? 1 : 0;
            }
            if (!dropped || left < 3) {
                break;
            }
            System.arraycopy(next, 0, kept, 0, n);
            coefficients = leastSquares(z, y, w, kept, n);
        }
        return coefficients;
    }

    private static double value(double[] c, double z) {
        return c[0] + c[1] * z + c[2] * z * z;
    }

    /** Weighted least squares of a quadratic (a line with fewer than five nodes) over the kept nodes. */
    private static double[] leastSquares(double[] z, double[] y, double[] w, boolean[] kept, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += kept[i] ? 1 : 0;
        }
        int terms = count >= 5 ? 3 : 2;
        double[][] a = new double[terms][terms + 1];
        double weight = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            if (!kept[i]) {
                continue;
            }
            weight += w[i];
            weighted += w[i] * y[i];
            double[] basis = {1, z[i], z[i] * z[i]};
            for (int r = 0; r < terms; r++) {
                for (int c = 0; c < terms; c++) {
                    a[r][c] += w[i] * basis[r] * basis[c];
                }
                a[r][terms] += w[i] * basis[r] * y[i];
            }
        }
        double[] solution = solve(a, terms);
        if (solution.length == 0) {
            return new double[] {weighted / weight, 0.0, 0.0};
        }
        return new double[] {solution[0], solution[1], terms == 3 ? solution[2] : 0.0};
    }

    /** Solves the augmented system by Gaussian elimination with partial pivoting; empty when it is singular. */
    private static double[] solve(double[][] a, int n) {
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            if (Math.abs(a[col][col]) < 1e-14) {
                return new double[0];
            }
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }

    private static double median(double[] values, int n) {
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    private static Optional<OptionQuote> priced(ChainRow row, Right right) {
        return row.quote(right).filter(q -> q.impliedVolatility().orElse(0.0) > 0);
    }
}
