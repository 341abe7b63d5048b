package io.optionsv4.core.probability;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.NormalDistribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiryProbabilityTest {

    private static final double TOLERANCE = 1e-10;
    private static final ProbabilityModel MARKET = ProbabilityModel.of(1500, 0.25, 0.07, 0.02, 45 / 365.0);

    @Test
    void test_expectedValue_longCallIsForwardValueOfBlackScholesMinusPremium() {
        List<Leg> call = List.of(OptionLeg.of(CALL, 1550, 1, 20));
        double forwardValue = Math.exp(MARKET.rate() * MARKET.yearsToExpiry())
                * BlackScholesMerton.price(CALL, 1500, 1550, MARKET.yearsToExpiry(), 0.25, 0.07, 0.02);

        double ev = ExpiryProbability.expectedValue(PayoffProfile.of(call), MARKET);

        assertThat(ev).isCloseTo(forwardValue - 20, within(TOLERANCE));
    }

    @Test
    void test_expectedValue_longPutIsForwardValueOfBlackScholesMinusPremium() {
        List<Leg> put = List.of(OptionLeg.of(PUT, 1450, 2, 15));
        double forwardValue = Math.exp(MARKET.rate() * MARKET.yearsToExpiry())
                * BlackScholesMerton.price(PUT, 1500, 1450, MARKET.yearsToExpiry(), 0.25, 0.07, 0.02);

        double ev = ExpiryProbability.expectedValue(PayoffProfile.of(put), MARKET);

        assertThat(ev).isCloseTo(2 * (forwardValue - 15), within(TOLERANCE));
    }

    @Test
    void test_expectedValue_underlyingEarnsForwardMinusEntry() {
        List<Leg> stock = List.of(UnderlyingLeg.of(3, 1490));

        assertThat(ExpiryProbability.expectedValue(PayoffProfile.of(stock), MARKET))
                .isCloseTo(3 * (MARKET.forward() - 1490), within(TOLERANCE));
    }

    @Test
    void test_probabilityOfProfit_longCallIsNOfD2AtBreakeven() {
        List<Leg> call = List.of(OptionLeg.of(CALL, 1550, 1, 20));
        double s = MARKET.logStdDev();
        double d2 = (Math.log(MARKET.forward() / 1570) - 0.5 * s * s) / s;

        assertThat(ExpiryProbability.probabilityOfProfit(PayoffProfile.of(call), MARKET))
                .isCloseTo(NormalDistribution.cdf(d2), within(1e-14));
    }

    @Test
    void test_probabilityOfProfit_atExpiryIsOneOrZeroFromSpot() {
        ProbabilityModel expiryDay = MARKET.withYearsToExpiry(0);
        PayoffProfile call = PayoffProfile.of(List.of(OptionLeg.of(CALL, 1480, 1, 10)));
        PayoffProfile put = PayoffProfile.of(List.of(OptionLeg.of(PUT, 1480, 1, 10)));

        assertThat(ExpiryProbability.probabilityOfProfit(call, expiryDay)).isEqualTo(1.0);
        assertThat(ExpiryProbability.expectedValue(call, expiryDay)).isCloseTo(10.0, within(TOLERANCE));
        assertThat(ExpiryProbability.probabilityOfProfit(put, expiryDay)).isEqualTo(0.0);
        assertThat(ExpiryProbability.expectedValue(put, expiryDay)).isCloseTo(-10.0, within(TOLERANCE));
    }

    @Test
    void test_probabilityOfProfit_zeroVolIsDeterministicAtForward() {
        ProbabilityModel noVol = ProbabilityModel.of(1500, 0, 0.07, 0.02, 1.0);
        double forward = 1500 * Math.exp(0.05);
        PayoffProfile call = PayoffProfile.of(List.of(OptionLeg.of(CALL, 1570, 1, 5)));

        assertThat(ExpiryProbability.probabilityOfProfit(call, noVol)).isEqualTo(1.0);
        assertThat(ExpiryProbability.expectedValue(call, noVol)).isCloseTo(forward - 1575, within(TOLERANCE));
    }

    @Test
    void test_probabilityOfProfit_flatZeroSegmentTakesItsMassFromBoth() {
        PayoffProfile zeroDebit =
                PayoffProfile.of(List.of(OptionLeg.of(CALL, 1500, 1, 20), OptionLeg.of(CALL, 1550, -1, 20)));

        double sum = ExpiryProbability.probabilityOfProfit(zeroDebit, MARKET)
                + ExpiryProbability.probabilityOfProfit(zeroDebit.negated(), MARKET);

        assertThat(sum).isCloseTo(1 - MARKET.probabilityBetween(0, 1500), within(1e-14));
    }

    @Test
    void test_figures_noLegs() {
        assertThatThrownBy(() -> ExpiryProbability.figures(List.of(), MARKET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("legs must not be empty");
        assertThatThrownBy(() -> PayoffAnalyzer.figures(List.of(), MARKET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_figures_bullCallSpreadPerUnit() {
        StrategyFigures figures = PayoffAnalyzer.figures(
                List.of(OptionLeg.of(CALL, 1500, 1, 35.2), OptionLeg.of(CALL, 1560, -1, 12.1)), MARKET);

        assertThat(figures.maxProfit().orElse(Double.NaN)).isCloseTo(36.9, within(TOLERANCE));
        assertThat(figures.maxLoss().orElse(Double.NaN)).isCloseTo(23.1, within(TOLERANCE));
        assertThat(figures.breakevens()).hasSize(1);
        assertThat(figures.breakevens().getFirst()).isCloseTo(1523.1, within(TOLERANCE));
        assertThat(figures.probabilityOfProfit())
                .isCloseTo(MARKET.probabilityBetween(1523.1, Double.POSITIVE_INFINITY), within(1e-12));
    }
}
