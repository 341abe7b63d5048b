package io.optionsv4.core.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.Black76;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The risk-neutral distribution of a smile: equal to the lognormal for a flat smile, consistent with the option
 * prices it is built from (EV zero at those prices), a proper density otherwise.
 */
class SmileDistributionTest {

    private static final double SPOT = 12_226.65;
    private static final double RATE = 0.065;
    private static final double YEARS = 27 / 365.0;
    private static final double ATM_VOL = 0.11;
    private static final int LOT = 75;
    private static final double EXACT = 1e-12;

    /** A NIFTY-like put skew (2020): 11 % at the money, rising to 19 % 10 % below, 10.5 % above. */
    private static final double[] STRIKES = {10_800, 11_200, 11_600, 11_900, 12_100, 12_250, 12_400, 12_700, 13_000};

    private static final double[] VOLS = {0.19, 0.17, 0.146, 0.128, 0.117, 0.11, 0.105, 0.104, 0.106};

    private final ProbabilityModel model = ProbabilityModel.of(SPOT, ATM_VOL, RATE, 0.012, YEARS);
    private final SmileDistribution skewed = new SmileDistribution(model, VolatilitySmile.of(STRIKES, VOLS));

    @Test
    void test_flatSmile_isTheLognormalModel() {
        SmileDistribution flat = SmileDistribution.lognormal(model);
        double[] prices = {0, 9_000, 11_500, 12_226.65, 12_300, 14_000, Double.POSITIVE_INFINITY};
        for (int i = 0; i + 1 < prices.length; i++) {
            for (int j = i; j < prices.length; j++) {
                assertThat(flat.probabilityBetween(prices[i], prices[j]))
                        .isCloseTo(model.probabilityBetween(prices[i], prices[j]), within(EXACT));
                assertThat(flat.expectedSpotBetween(prices[i], prices[j]))
                        .isCloseTo(model.expectedSpotBetween(prices[i], prices[j]), within(1e-8));
            }
        }
        for (double x : new double[] {10_000, 12_000, 12_500, 13_500}) {
            assertThat(flat.density(x)).isCloseTo(model.density(x), within(EXACT));
        }
        assertThat(flat.forward()).isEqualTo(model.forward());
    }

    @Test
    void test_optionValue_isBlack76AtTheStrikesOwnVolatility() {
        double forward = model.forward();
        for (double k : new double[] {11_200, 11_750, 12_250, 12_900}) {
            double vol = skewed.smile().vol(k);
            assertThat(skewed.optionValue(Right.PUT, k))
                    .isCloseTo(Black76.price(Right.PUT, forward, k, YEARS, vol, 1.0), within(1e-9));
            assertThat(skewed.optionValue(Right.CALL, k))
                    .isCloseTo(Black76.price(Right.CALL, forward, k, YEARS, vol, 1.0), within(1e-9));
        }
    }

    @Test
    void test_probabilityAbove_isMinusTheCallsStrikeDerivative() {
        double h = 0.01;
        for (double k : new double[] {11_000, 11_400, 11_750, 12_000, 12_200, 12_330, 12_800}) {
            double slope = (skewed.optionValue(Right.CALL, k + h) - skewed.optionValue(Right.CALL, k - h)) / (2 * h);
            assertThat(skewed.probabilityAbove(k)).isCloseTo(-slope, within(1e-7));
        }
        assertThat(skewed.probabilityAbove(0)).isEqualTo(1.0);
        assertThat(skewed.probabilityAbove(Double.POSITIVE_INFINITY)).isZero();
    }

    @Test
    void test_density_isMinusTheSurvivalsDerivative_integratesToOne_meanIsTheForward() {
        double h = 0.01;
        for (double k : new double[] {11_000, 11_400, 11_750, 12_000, 12_200, 12_330, 12_800}) {
            double numeric = -(skewed.probabilityAbove(k + h) - skewed.probabilityAbove(k - h)) / (2 * h);
            assertThat(skewed.density(k)).isCloseTo(numeric, within(1e-9));
        }
        double mass = 0;
        double mean = 0;
        double step = 0.5;
        for (double x = 8_000 + step / 2; x < 17_000; x += step) {
            double p = skewed.density(x) * step;
            mass += p;
            mean += x * p;
        }
        assertThat(mass).isCloseTo(1.0, within(1e-6));
        assertThat(mean).isCloseTo(skewed.forward(), within(0.05));
        assertThat(skewed.expectedSpotBetween(0, Double.POSITIVE_INFINITY)).isEqualTo(skewed.forward());
    }

    @Test
    void test_skew_fattensTheLeftTail() {
        double lower = 11_300;
        assertThat(skewed.probabilityBetween(0, lower)).isGreaterThan(1.5 * model.probabilityBetween(0, lower));
    }

    /**
     * The case: a short OTM put sold at its own strike's model price has an expected value of zero under the
     * market's distribution (up to the rate drift of the undiscounted figures), while pricing it at the ATM IV makes
     * the skew look like an edge.
     */
    @Test
    void test_expectedPnl_shortOtmPutAtItsOwnIv_isZero_atAtmIvClearlyPositive() {
        double strike = 11_600;
        double discount = Math.exp(-RATE * YEARS);
        double mid = Black76.price(
                Right.PUT, model.forward(), strike, YEARS, skewed.smile().vol(strike), discount);
        List<Leg> shortPut = List.of(OptionLeg.of(Right.PUT, strike, -LOT, mid));

        double drift = LOT * mid * (1 / discount - 1);
        StrategyFigures underSmile = ExpiryProbability.figures(shortPut, skewed);
        StrategyFigures atAtmIv = ExpiryProbability.figures(shortPut, model);

        assertThat(underSmile.expectedValue()).isCloseTo(-drift, within(1e-9));
        // the drift: 6.5 % for 27 days on the premium, 0.5 % of it
        assertThat(Math.abs(underSmile.expectedValue())).isLessThan(0.006 * LOT * mid);
        assertThat(atAtmIv.expectedValue()).isGreaterThan(0.4 * LOT * mid);
        assertThat(underSmile.probabilityOfProfit()).isLessThan(atAtmIv.probabilityOfProfit());
        // PoP under the smile is P(S_T above the breakeven) of the implied distribution
        double breakeven = strike - mid;
        assertThat(underSmile.breakevens()).hasSize(1);
        assertThat(underSmile.breakevens().getFirst()).isCloseTo(breakeven, within(1e-9));
        assertThat(underSmile.probabilityOfProfit()).isCloseTo(skewed.probabilityAbove(breakeven), within(1e-9));
    }

    @Test
    void test_expectedPnl_everyPositionAtItsOwnPricesIsZero() {
        List<List<Leg>> positions = List.of(
                List.of(
                        atOwnIv(Right.PUT, 11_200, 1), atOwnIv(Right.PUT, 11_600, -1),
                        atOwnIv(Right.CALL, 12_700, -1), atOwnIv(Right.CALL, 13_000, 1)),
                List.of(atOwnIv(Right.PUT, 12_250, -1), atOwnIv(Right.CALL, 12_250, -1)),
                List.of(
                        atOwnIv(Right.CALL, 11_900, 1),
                        atOwnIv(Right.CALL, 12_250, -2),
                        atOwnIv(Right.CALL, 12_700, 1)));
        double growth = Math.exp(RATE * YEARS) - 1;
        for (List<Leg> legs : positions) {
            double premiums = legs.stream().mapToDouble(Leg::entryCost).sum();
            StrategyFigures figures = ExpiryProbability.figures(legs, skewed);
            assertThat(figures.expectedValue()).isCloseTo(premiums * growth, within(1e-8));
            // the piecewise sum over the payoff's segments agrees (this smile's density is positive)
            assertThat(ExpiryProbability.expectedValue(PayoffProfile.of(legs), skewed))
                    .isCloseTo(figures.expectedValue(), within(1e-6));
        }
    }

    /** One lot of {@code right} at {@code strike} bought ({@code lots > 0}) or sold at its discounted smile price. */
    private OptionLeg atOwnIv(Right right, double strike, int lots) {
        double price = Black76.price(
                right, model.forward(), strike, YEARS, skewed.smile().vol(strike), Math.exp(-RATE * YEARS));
        return OptionLeg.of(right, strike, lots * LOT, price);
    }

    @Test
    void test_coveredCall_underlyingEarnsTheForward() {
        List<Leg> legs = List.of(UnderlyingLeg.of(LOT, SPOT));

        assertThat(skewed.expectedPnl(legs)).isCloseTo(LOT * (model.forward() - SPOT), within(1e-9));
    }

    @Test
    void test_deterministic_atExpiry() {
        SmileDistribution expired = new SmileDistribution(model.withYearsToExpiry(0), skewed.smile());

        assertThat(expired.isDeterministic()).isTrue();
        assertThat(expired.probabilityBetween(12_000, 12_300)).isEqualTo(1.0);
        assertThat(expired.optionValue(Right.PUT, 12_300)).isCloseTo(12_300 - SPOT, within(1e-9));
        assertThat(expired.density(SPOT)).isZero();
    }
}
