package io.optionsv4.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class KellyTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void test_optimalFraction_evenMoneyCoin() {
        // p = 0.6 to win the capital, q = 0.4 to lose it: f* = p/a - q/b = 0.6 - 0.4 = 0.2.
        OutcomeDistribution coin = new OutcomeDistribution(0.6, 0.4, 0, 10_000, -10_000, 0);

        assertThat(Kelly.optimalFraction(coin, 10_000)).isCloseTo(0.2, within(TOLERANCE));
        assertThat(Kelly.twoOutcomeFraction(0.6, 1, 1)).isCloseTo(0.2, within(TOLERANCE));
    }

    @Test
    void test_optimalFraction_threeOutcomesByHand() {
        // R = +0.5 (p 0.5), -0.5 (p 0.3), 0 (p 0.2): 0.25/(1+0.5f) = 0.15/(1-0.5f) gives f = 0.1/0.2 = 0.5.
        OutcomeDistribution plan = new OutcomeDistribution(0.5, 0.3, 0.2, 5_000, -5_000, 0);

        assertThat(Kelly.optimalFraction(plan, 10_000)).isCloseTo(0.5, within(TOLERANCE));
    }

    @Test
    void test_optimalFraction_creditSpreadByHand() {
        // Win ₹2,000 (p 0.7) or lose ₹6,000 (p 0.3) on ₹10,000: b = 0.2, a = 0.6, f* = 0.7/0.6 - 0.3/0.2 = -0.333:
        // no bet. With p = 0.8: 0.8/0.6 - 0.2/0.2 = 0.3333.
        assertThat(Kelly.optimalFraction(new OutcomeDistribution(0.7, 0.3, 0, 2_000, -6_000, 0), 10_000))
                .isZero();
        assertThat(Kelly.optimalFraction(new OutcomeDistribution(0.8, 0.2, 0, 2_000, -6_000, 0), 10_000))
                .isCloseTo(1.0 / 3, within(TOLERANCE));
    }

    @Test
    void test_optimalFraction_noLosingOutcome() {
        OutcomeDistribution sure = new OutcomeDistribution(0.5, 0, 0.5, 1_000, -5_000, 10);

        assertThat(Kelly.optimalFraction(sure, 10_000)).isEqualTo(Kelly.MAX_FRACTION);
    }

    @Test
    void test_optimalFraction_lossBeyondCapitalStaysSolvent() {
        // Loses twice its capital: the fraction must stay below 1/2 so that 1 + f·R > 0.
        OutcomeDistribution naked = new OutcomeDistribution(0.9, 0.1, 0, 5_000, -20_000, 0);

        double f = Kelly.optimalFraction(naked, 10_000);

        assertThat(f).isGreaterThan(0).isLessThan(0.5);
    }

    @Property(tries = 300)
    void test_optimalFraction_matchesClosedFormForTwoOutcomes(
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double p,
            @ForAll @DoubleRange(min = 0.05, max = 3) double b,
            @ForAll @DoubleRange(min = 0.05, max = 1) double a) {
        OutcomeDistribution plan = new OutcomeDistribution(p, 1 - p, 0, b * 1_000, -a * 1_000, 0);

        assertThat(Kelly.optimalFraction(plan, 1_000)).isCloseTo(Kelly.twoOutcomeFraction(p, b, a), within(1e-9));
    }

    @Property(tries = 300)
    void test_optimalFraction_maximisesLogGrowth(
            @ForAll @DoubleRange(min = 0.1, max = 0.8) double pTarget,
            @ForAll @DoubleRange(min = 0.05, max = 0.5) double pStopShare,
            @ForAll @DoubleRange(min = 100, max = 5_000) double win,
            @ForAll @DoubleRange(min = 100, max = 15_000) double loss,
            @ForAll @DoubleRange(min = -500, max = 500) double time) {
        double pStop = (1 - pTarget) * pStopShare;
        OutcomeDistribution plan = new OutcomeDistribution(pTarget, pStop, 1 - pTarget - pStop, win, -loss, time);
        double capital = 10_000;

        double f = Kelly.optimalFraction(plan, capital);

        assertThat(f).isBetween(0.0, Kelly.MAX_FRACTION);
        double best = growth(plan, capital, f);
        for (double g = 0; g <= Kelly.MAX_FRACTION; g += 0.01) {
            if (g * loss / capital < 1) {
                assertThat(growth(plan, capital, g)).isLessThanOrEqualTo(best + 1e-12);
            }
        }
    }

    private static double growth(OutcomeDistribution d, double capital, double f) {
        return d.targetProbability() * Math.log1p(f * d.targetPnlPerLot() / capital)
                + d.stopProbability() * Math.log1p(f * d.stopPnlPerLot() / capital)
                + d.timeProbability() * Math.log1p(f * d.timePnlPerLot() / capital);
    }
}
