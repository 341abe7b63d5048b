package io.optionsv4.core.probability;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.BlackScholesMerton;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The max loss of a calendar over the stated range: ±2σ at the near expiry, later IV ±5 points. */
class NearExpiryStressTest {

    private static final ProbabilityModel MODEL = ProbabilityModel.of(100, 0.25, 0.06, 0.0, 28 / 365.0);
    private static final double FAR_YEARS = 28 / 365.0;
    private static final double FAR_VOL = 0.24;

    /** Short 100 call at the near expiry, long 100 call a month later, 50 units each, at their model prices. */
    private static List<Leg> calendar() {
        double nearPremium = BlackScholesMerton.price(Right.CALL, 100, 100, MODEL.yearsToExpiry(), 0.25, 0.06, 0);
        double farPremium =
                BlackScholesMerton.price(Right.CALL, 100, 100, MODEL.yearsToExpiry() + FAR_YEARS, FAR_VOL, 0.06, 0);
        return List.of(
                OptionLeg.of(Right.CALL, 100, -50, nearPremium),
                new OptionLeg(Right.CALL, 100, 50, farPremium, FAR_YEARS));
    }

    @Test
    void test_maxLoss_calendarWithinTwoSigmaAndVolShift() {
        List<Leg> legs = calendar();
        double loss = NearExpiryStress.maxLoss(legs, MODEL, FAR_VOL);
        double debit = -legs.stream()
                .mapToDouble(l -> -((OptionLeg) l).quantity() * ((OptionLeg) l).premiumPerUnit())
                .sum();

        double sd = NearExpiryStress.SIGMAS * MODEL.logStdDev();
        double low = MODEL.forward() * Math.exp(-sd);
        double high = MODEL.forward() * Math.exp(sd);
        double worstEdge = Double.POSITIVE_INFINITY;
        for (double vol : new double[] {FAR_VOL - NearExpiryStress.VOL_SHIFT, FAR_VOL, FAR_VOL + 0.05}) {
            worstEdge = Math.min(worstEdge, TwoExpiryAnalyzer.valueAtFirstExpiry(legs, low, MODEL, vol));
            worstEdge = Math.min(worstEdge, TwoExpiryAnalyzer.valueAtFirstExpiry(legs, high, MODEL, vol));
        }
        // a calendar loses most at the ends of the range, with the later IV 5 points down
        assertThat(loss).isCloseTo(-worstEdge, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(loss).isPositive().isLessThan(debit);
        double farOut = -TwoExpiryAnalyzer.valueAtFirstExpiry(legs, MODEL.spot() / 20, MODEL, FAR_VOL);
        assertThat(farOut).isGreaterThan(loss).isCloseTo(debit, org.assertj.core.data.Offset.offset(debit * 0.05));
        StrategyFigures grid = TwoExpiryAnalyzer.figures(legs, MODEL, FAR_VOL);
        assertThat(grid.maxLoss().orElse(0)).isGreaterThan(loss);
    }

    /** The figure is exactly the worst P&amp;L over the documented points, each valued on its own. */
    @Test
    void test_maxLoss_isTheWorstValueAtFirstExpiryOverTheRange() {
        List<Leg> legs = List.of(
                OptionLeg.of(Right.PUT, 97, -30, 1.1),
                new OptionLeg(Right.PUT, 97, 30, 2.0, FAR_YEARS),
                OptionLeg.of(Right.CALL, 104, -20, 0.8),
                new OptionLeg(Right.CALL, 102, 20, 2.9, FAR_YEARS));
        double width = NearExpiryStress.SIGMAS * MODEL.logStdDev();
        double worst = Double.POSITIVE_INFINITY;
        for (double shift : new double[] {-NearExpiryStress.VOL_SHIFT, 0, NearExpiryStress.VOL_SHIFT}) {
            double vol = FAR_VOL + shift;
            for (int i = 0; i < NearExpiryStress.POINTS; i++) {
                double spot = MODEL.forward() * Math.exp(-width + 2 * width * i / (NearExpiryStress.POINTS - 1));
                worst = Math.min(worst, TwoExpiryAnalyzer.valueAtFirstExpiry(legs, spot, MODEL, vol));
            }
            for (double strike : new double[] {97, 104, 102}) {
                worst = Math.min(worst, TwoExpiryAnalyzer.valueAtFirstExpiry(legs, strike, MODEL, vol));
            }
        }

        assertThat(NearExpiryStress.maxLoss(legs, MODEL, FAR_VOL)).isEqualTo(-worst);
    }
}
