package io.optionsv4.engine.backtest.report;

import io.optionsv4.core.pricing.NormalDistribution;
import java.util.ArrayList;
import java.util.List;

/**
 * How well predicted probabilities matched what happened: the reliability table in deciles, the Brier score with its
 * exact decomposition, and Spiegelhalter's test.
 *
 * <p><b>Bins.</b> Ten deciles of the prediction {@code f}: bin {@code k} holds {@code k/10 <= f < (k+1)/10}, the last
 * one includes 1. Each non-empty bin gives its count, the mean prediction, the realised frequency (outcomes that
 * happened / count) and the Wilson score 95 % interval of that frequency ({@code z = 1.959964}); the bin is
 * consistent when its mean prediction lies inside the interval.
 *
 * <p><b>Brier score</b> {@code BS = (1/N) sum (f_i - o_i)^2} with {@code o_i} 1 when the outcome happened. Over the
 * bins above, with bin mean prediction {@code F_k}, bin frequency {@code O_k} and overall frequency {@code O}, it
 * splits exactly (Stephenson, Coelho and Jolliffe, 2008) as
 * {@code BS = REL - RES + UNC + WBV - 2 WBC}: reliability {@code REL = (1/N) sum n_k (F_k - O_k)^2}, resolution
 * {@code RES = (1/N) sum n_k (O_k - O)^2}, uncertainty {@code UNC = O (1 - O)}, within-bin variance of the
 * predictions {@code WBV = (1/N) sum_k sum_{i in k} (f_i - F_k)^2} and within-bin covariance
 * {@code WBC = (1/N) sum_k sum_{i in k} (f_i - F_k)(o_i - O_k)}. (Murphy's three-term form is the case of one
 * prediction value per bin, where the last two terms vanish.)
 *
 * <p><b>If the predictions were calibrated</b> ({@code o_i} a Bernoulli draw of probability {@code f_i}), the Brier
 * score would have mean {@code (1/N) sum f_i (1 - f_i)} and standard error
 * {@code (1/N) sqrt(sum f_i (1 - f_i) (1 - 2 f_i)^2)}; Spiegelhalter's statistic
 * {@code Z = sum (o_i - f_i)(1 - 2 f_i) / sqrt(sum (1 - 2 f_i)^2 f_i (1 - f_i))} is then standard normal, and the
 * two-sided p-value says how surprising the observed score is under calibration.
 *
 * @param count predictions scored ({@code N})
 * @param meanPredicted mean prediction; null with no prediction
 * @param realisedFrequency share of outcomes that happened ({@code O}); null with no prediction
 * @param bins the non-empty deciles, in order
 * @param binsInconsistent bins whose mean prediction lies outside their Wilson interval
 * @param brier the Brier score; null with no prediction
 * @param reliability {@code REL} (lower is better); null with no prediction
 * @param resolution {@code RES} (higher is better); null with no prediction
 * @param uncertainty {@code UNC}; null with no prediction
 * @param withinBinVariance {@code WBV}; null with no prediction
 * @param withinBinCovariance {@code WBC}; null with no prediction
 * @param expectedBrierIfCalibrated the Brier score's mean under calibration; null with no prediction
 * @param brierStandardErrorIfCalibrated its standard error under calibration; null with no prediction
 * @param spiegelhalterZ Spiegelhalter's Z; null with no prediction or when every prediction is 0, 0.5 or 1
 * @param spiegelhalterPValue its two-sided p-value; null when Z is
 */
public record Calibration(
        int count,
        Double meanPredicted,
        Double realisedFrequency,
        List<Bin> bins,
        int binsInconsistent,
        Double brier,
        Double reliability,
        Double resolution,
        Double uncertainty,
        Double withinBinVariance,
        Double withinBinCovariance,
        Double expectedBrierIfCalibrated,
        Double brierStandardErrorIfCalibrated,
        Double spiegelhalterZ,
        Double spiegelhalterPValue) {

    /** Number of bins (deciles). */
    public static final int BINS = 10;

    /** The normal quantile of a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    /**
     * One decile.
     *
     * @param lower the bin's lowest prediction (inclusive)
     * @param upper the bin's upper bound (exclusive, but inclusive for the last bin)
     * @param count predictions in the bin
     * @param happened outcomes in the bin that happened
     * @param meanPredicted the bin's mean prediction
     * @param realisedFrequency happened / count
     * @param wilsonLow the lower end of the Wilson 95 % interval of the realised frequency
     * @param wilsonHigh its upper end
     * @param consistent whether the mean prediction lies inside the interval
     */
    public record Bin(
            double lower,
            double upper,
            int count,
            int happened,
            double meanPredicted,
            double realisedFrequency,
            double wilsonLow,
            double wilsonHigh,
            boolean consistent) {}

    public Calibration {
        bins = List.copyOf(bins);
    }

    /**
     * Scores {@code predicted} probabilities against {@code happened} outcomes, index by index.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a prediction is outside [0, 1]
     */
    public static Calibration of(double[] predicted, boolean[] happened) {
        if (predicted.length != happened.length) {
            throw new IllegalArgumentException(predicted.length + " predictions but " + happened.length + " outcomes");
        }
        int n = predicted.length;
        if (n == 0) {
            return new Calibration(
                    0, null, null, List.of(), 0, null, null, null, null, null, null, null, null, null, null);
        }
        int[] binOf = new int[n];
        int[] counts = new int[BINS];
        int[] hits = new int[BINS];
        double[] sums = new double[BINS];
        double[] lowest = new double[BINS];
        double[] highest = new double[BINS];
        double totalPredicted = 0;
        int totalHits = 0;
        for (int i = 0; i < n; i++) {
            double f = predicted[i];
            if (!(f >= 0 && f <= 1)) {
                throw new IllegalArgumentException("prediction " + i + " is " + f + ", outside [0, 1]");
            }
            int k = Math.min(BINS - 1, (int) Math.floor(f * BINS + 1e-12));
            binOf[i] = k;
            lowest[k] = counts[k] == 0 ? f : Math.min(lowest[k], f);
            highest[k] = counts[k] == 0 ? f : Math.max(highest[k], f);
            counts[k]++;
            sums[k] += f;
            hits[k] += happened[i] ? 1 : 0;
            totalPredicted += f;
            totalHits += happened[i] ? 1 : 0;
        }
        double frequency = (double) totalHits / n;
        // The mean of a bin's predictions, kept between its lowest and highest one: summing three 0.7s and dividing
        // by three gives 0.6999999999999998, a mean below every prediction it averages.
        double[] means = new double[BINS];
        for (int k = 0; k < BINS; k++) {
            means[k] = counts[k] == 0 ? Double.NaN : Math.min(highest[k], Math.max(lowest[k], sums[k] / counts[k]));
        }
        List<Bin> bins = new ArrayList<>();
        int inconsistent = 0;
        double rel = 0;
        double res = 0;
        for (int k = 0; k < BINS; k++) {
            if (counts[k] == 0) {
                continue;
            }
            double meanF = means[k];
            double freq = (double) hits[k] / counts[k];
            double[] wilson = wilson(hits[k], counts[k]);
            boolean consistent = meanF >= wilson[0] && meanF <= wilson[1];
            inconsistent += consistent ? 0 : 1;
            bins.add(new Bin(
                    (double) k / BINS,
                    (double) (k + 1) / BINS,
                    counts[k],
                    hits[k],
                    meanF,
                    freq,
                    wilson[0],
                    wilson[1],
                    consistent));
            rel += counts[k] * (meanF - freq) * (meanF - freq);
            res += counts[k] * (freq - frequency) * (freq - frequency);
        }
        double brier = 0;
        double wbv = 0;
        double wbc = 0;
        double expected = 0;
        double variance = 0;
        double zNumerator = 0;
        double zVariance = 0;
        for (int i = 0; i < n; i++) {
            double f = predicted[i];
            double o = happened[i] ? 1 : 0;
            int k = binOf[i];
            double meanF = means[k];
            double freq = (double) hits[k] / counts[k];
            brier += (f - o) * (f - o);
            wbv += (f - meanF) * (f - meanF);
            wbc += (f - meanF) * (o - freq);
            double pq = f * (1 - f);
            expected += pq;
            variance += pq * (1 - 2 * f) * (1 - 2 * f);
            zNumerator += (o - f) * (1 - 2 * f);
            zVariance += (1 - 2 * f) * (1 - 2 * f) * pq;
        }
        Double z = zVariance > 0 ? zNumerator / Math.sqrt(zVariance) : null;
        Double p = z == null ? null : 2 * NormalDistribution.cdf(-Math.abs(z));
        return new Calibration(
                n,
                totalPredicted / n,
                frequency,
                bins,
                inconsistent,
                brier / n,
                rel / n,
                res / n,
                frequency * (1 - frequency),
                wbv / n,
                wbc / n,
                expected / n,
                Math.sqrt(variance) / n,
                z,
                p);
    }

    /**
     * The Wilson score interval of a frequency {@code happened / count} at 95 %.
     *
     * @return {@code {low, high}}, within [0, 1]
     */
    public static double[] wilson(int happened, int count) {
        if (count <= 0 || happened < 0 || happened > count) {
            throw new IllegalArgumentException("Wilson interval of " + happened + " out of " + count);
        }
        double p = (double) happened / count;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / count;
        double centre = (p + z2 / (2.0 * count)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / count + z2 / (4.0 * count * count));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
