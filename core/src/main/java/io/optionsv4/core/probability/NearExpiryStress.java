package io.optionsv4.core.probability;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * The maximum loss of a position over two expiries (calendar, diagonal) as a trader can actually suffer it (issue 12,
 * item 4): the worst P&amp;L at the near expiry with the underlying anywhere within {@value #SIGMAS} standard
 * deviations of the forward ({@code F exp(+-2 sigma sqrt(T))}, the near strikes included) and the later legs' implied
 * volatility shifted by {@code -}{@value #VOL_SHIFT}, 0 and {@code +}{@value #VOL_SHIFT} (5 vol points, floored at 1
 * point). Far from the strikes a calendar's loss tends to its whole debit only as the underlying goes to zero or
 * infinity; the old figure (samples out to 20 times the underlying) reported that limit. Pure and thread-safe.
 */
public final class NearExpiryStress {

    /** The move range, in standard deviations of the log price to the near expiry. */
    public static final double SIGMAS = 2.0;

    /** The shift of the later legs' implied volatility, annualised decimal (0.05 = 5 vol points). */
    public static final double VOL_SHIFT = 0.05;

    /** Spots sampled uniformly in log-price over the range, the ends included. */
    static final int POINTS = 401;

    private static final double MIN_VOL = 0.01;

    private NearExpiryStress() {}

    /**
     * Returns the worst P&amp;L loss (positive; negative when every outcome in the range is a profit) of {@code legs}
     * at the near expiry over the stated range.
     *
     * @param legs the position, later legs with {@code yearsAfterFirstExpiry > 0}
     * @param model the lognormal model to the near expiry
     * @param laterAnnualVol the later legs' implied volatility before the shift
     */
    public static double maxLoss(List<? extends Leg> legs, ProbabilityModel model, double laterAnnualVol) {
        Checks.notNull(legs, "legs");
        Checks.notNull(model, "model");
        Checks.nonNegative(laterAnnualVol, "laterAnnualVol");
        double width = SIGMAS * model.logStdDev();
        double lower = model.forward() * Math.exp(-width);
        double upper = model.forward() * Math.exp(width);
        double[] spots = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            spots[i] = model.forward() * Math.exp(-width + 2 * width * i / (POINTS - 1));
        }
        double[] values = new double[POINTS];
        double worst = Double.POSITIVE_INFINITY;
        for (double shift : new double[] {-VOL_SHIFT, 0, VOL_SHIFT}) {
            double vol = Math.max(MIN_VOL, laterAnnualVol + shift);
            TwoExpiryAnalyzer.valuesAtFirstExpiry(legs, spots, model, leg -> vol, values);
            for (int i = 0; i < POINTS; i++) {
                worst = Math.min(worst, values[i]);
            }
            for (Leg leg : legs) {
                if (leg instanceof OptionLeg o && o.strike() > lower && o.strike() < upper) {
                    worst = Math.min(worst, TwoExpiryAnalyzer.valueAtFirstExpiry(legs, o.strike(), model, vol));
                }
            }
        }
        return -worst;
    }
}
