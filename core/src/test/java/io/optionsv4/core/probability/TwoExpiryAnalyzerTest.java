package io.optionsv4.core.probability;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.testdata.LognormalQuadrature;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calendar and diagonal spreads at the first expiry: breakevens are zeros, probability of profit and expected value
 * match an independent adaptive Simpson integration, extremes match a brute-force scan, and single-expiry legs give the
 * exact figures.
 */
class TwoExpiryAnalyzerTest {

    private static final double TAU = 28 / 365.0;
    private static final ProbabilityModel MARKET = ProbabilityModel.of(1500, 0.25, 0.065, 0.0, 21 / 365.0);

    static Stream<List<Leg>> positions() {
        return Stream.of(
                List.of(OptionLeg.of(CALL, 1500, -1, 32.0), new OptionLeg(CALL, 1500, 1, 55.0, TAU)),
                List.of(OptionLeg.of(PUT, 1500, -1, 30.0), new OptionLeg(PUT, 1500, 1, 50.0, TAU)),
                List.of(new OptionLeg(CALL, 1450, 1, 90.0, TAU), OptionLeg.of(CALL, 1550, -1, 12.0)),
                List.of(OptionLeg.of(PUT, 1450, -1, 10.0), new OptionLeg(PUT, 1550, 1, 85.0, TAU)),
                List.of(OptionLeg.of(CALL, 1500, -50, 32.0), new OptionLeg(CALL, 1500, 50, 55.0, TAU)));
    }

    @ParameterizedTest
    @MethodSource("positions")
    void test_breakevens_areZerosOfFirstExpiryValue(List<Leg> legs) {
        StrategyFigures figures = TwoExpiryAnalyzer.figures(legs, MARKET);

        assertThat(figures.breakevens()).isNotEmpty().isSorted();
        for (double breakeven : figures.breakevens()) {
            double value = TwoExpiryAnalyzer.valueAtFirstExpiry(legs, breakeven, MARKET, MARKET.annualVol());
            assertThat(Math.abs(value))
                    .isLessThan(1e-9 * Math.abs(legs.getFirst().quantity()) * 1500);
        }
    }

    @ParameterizedTest
    @MethodSource("positions")
    void test_probabilityOfProfit_matchesNumericalIntegration(List<Leg> legs) {
        LognormalQuadrature quadrature = new LognormalQuadrature(MARKET.forward(), MARKET.logStdDev());
        double expected = quadrature.probabilityPositive(pnl(legs));

        assertThat(TwoExpiryAnalyzer.figures(legs, MARKET).probabilityOfProfit())
                .isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("positions")
    void test_expectedValue_matchesNumericalIntegration(List<Leg> legs) {
        LognormalQuadrature quadrature = new LognormalQuadrature(MARKET.forward(), MARKET.logStdDev());
        List<Double> strikes = legs.stream().map(l -> ((OptionLeg) l).strike()).toList();
        double expected = quadrature.expectation(pnl(legs), strikes);

        assertThat(TwoExpiryAnalyzer.figures(legs, MARKET).expectedValue())
                .isCloseTo(expected, within(1e-9 * Math.abs(legs.getFirst().quantity())));
    }

    @ParameterizedTest
    @MethodSource("positions")
    void test_maxProfitAndLoss_boundABruteForceScan(List<Leg> legs) {
        StrategyFigures figures = TwoExpiryAnalyzer.figures(legs, MARKET);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double spot = 1000; spot <= 2000; spot += 0.5) {
            double v = pnl(legs).applyAsDouble(spot);
            max = Math.max(max, v);
            min = Math.min(min, v);
        }

        assertThat(figures.maxProfit().orElse(Double.NaN)).isGreaterThanOrEqualTo(max - 1e-3 * Math.abs(max));
        assertThat(figures.maxLoss().orElse(Double.NaN)).isGreaterThanOrEqualTo(-min - 1e-9);
    }

    @Test
    void test_valueAtFirstExpiry_farLegAtBlackScholes() {
        List<Leg> calendar = List.of(OptionLeg.of(CALL, 1500, -1, 32.0), new OptionLeg(CALL, 1500, 1, 55.0, TAU));
        double far = BlackScholesMerton.price(CALL, 1540, 1500, TAU, 0.3, 0.065, 0.0);

        assertThat(TwoExpiryAnalyzer.valueAtFirstExpiry(calendar, 1540, MARKET, 0.3))
                .isCloseTo(-(40 - 32.0) + far - 55.0, within(1e-12));
    }

    @Test
    void test_valueAtFirstExpiry_perLegVolatility() {
        OptionLeg farCall = new OptionLeg(CALL, 1550, 1, 40.0, TAU);
        OptionLeg farPut = new OptionLeg(PUT, 1450, 1, 35.0, TAU);
        List<Leg> legs =
                List.of(OptionLeg.of(CALL, 1550, -1, 20.0), farCall, OptionLeg.of(PUT, 1450, -1, 18.0), farPut);
        double nearCredits = 20.0 + 18.0;
        double expected = nearCredits
                + BlackScholesMerton.price(CALL, 1520, 1550, TAU, 0.22, 0.065, 0.0)
                - 40.0
                + BlackScholesMerton.price(PUT, 1520, 1450, TAU, 0.31, 0.065, 0.0)
                - 35.0;

        double value = TwoExpiryAnalyzer.valueAtFirstExpiry(
                legs, 1520, MARKET, leg -> leg.right().isCall() ? 0.22 : 0.31);

        assertThat(value).isCloseTo(expected, within(1e-12));
        assertThat(TwoExpiryAnalyzer.figures(legs, MARKET, leg -> 0.3))
                .isEqualTo(TwoExpiryAnalyzer.figures(legs, MARKET, 0.3));
    }

    /** The P&amp;L on an array of spots is the per-spot P&amp;L, bit for bit, the spot 0 and the strikes included. */
    @ParameterizedTest
    @MethodSource("positions")
    void test_valuesAtFirstExpiry_equalValueAtFirstExpiryAtEverySpot(List<Leg> legs) {
        List<Leg> covered = Stream.concat(legs.stream(), Stream.of(UnderlyingLeg.of(1, 1490.0)))
                .toList();
        double[] spots = {0, 1e-6, 300, 1449.99, 1450, 1500, 1512.25, 1550, 1550.01, 2100, 1e5};
        ToDoubleFunction<OptionLeg> smile = leg -> 0.2 + 1e-4 * Math.abs(leg.strike() - 1500);
        double[] out = new double[spots.length];
        for (List<Leg> position : List.of(legs, covered)) {
            for (ToDoubleFunction<OptionLeg> vol :
                    List.<ToDoubleFunction<OptionLeg>>of(leg -> 0.0, leg -> 0.3, smile)) {
                TwoExpiryAnalyzer.valuesAtFirstExpiry(position, spots, MARKET, vol, out);

                for (int i = 0; i < spots.length; i++) {
                    assertThat(out[i])
                            .as("%s at %s", position, spots[i])
                            .isEqualTo(TwoExpiryAnalyzer.valueAtFirstExpiry(position, spots[i], MARKET, vol));
                }
            }
        }
    }

    @Test
    void test_figures_laterVolRaisesCalendarValue() {
        List<Leg> calendar = List.of(OptionLeg.of(CALL, 1500, -1, 32.0), new OptionLeg(CALL, 1500, 1, 55.0, TAU));

        assertThat(TwoExpiryAnalyzer.figures(calendar, MARKET, 0.35).expectedValue())
                .isGreaterThan(TwoExpiryAnalyzer.figures(calendar, MARKET, 0.25).expectedValue());
        assertThat(PayoffAnalyzer.figures(calendar, MARKET, 0.35))
                .isEqualTo(TwoExpiryAnalyzer.figures(calendar, MARKET, 0.35));
    }

    @Test
    void test_figures_unlimitedWhenNetShortCalls() {
        List<Leg> legs = List.of(OptionLeg.of(CALL, 1500, -2, 32.0), new OptionLeg(CALL, 1500, 1, 55.0, TAU));

        StrategyFigures figures = TwoExpiryAnalyzer.figures(legs, MARKET);

        assertThat(figures.maxLoss()).isEqualTo(Amount.UNLIMITED);
        assertThat(figures.maxProfit().isUnlimited()).isFalse();
    }

    @Test
    void test_figures_singleExpiryLegsMatchExactFigures() {
        List<Leg> condor = List.of(
                OptionLeg.of(PUT, 1400, 1, 5.0),
                OptionLeg.of(PUT, 1450, -1, 12.5),
                OptionLeg.of(CALL, 1550, -1, 14.0),
                OptionLeg.of(CALL, 1600, 1, 6.0));

        StrategyFigures numerical = TwoExpiryAnalyzer.figures(condor, MARKET);
        StrategyFigures exact = ExpiryProbability.figures(condor, MARKET);

        assertThat(numerical.maxProfit().orElse(Double.NaN)).isCloseTo(15.5, within(1e-9));
        assertThat(numerical.maxLoss().orElse(Double.NaN)).isCloseTo(34.5, within(1e-9));
        assertThat(numerical.breakevens().get(0)).isCloseTo(exact.breakevens().get(0), within(1e-9));
        assertThat(numerical.breakevens().get(1)).isCloseTo(exact.breakevens().get(1), within(1e-9));
        assertThat(numerical.probabilityOfProfit()).isCloseTo(exact.probabilityOfProfit(), within(1e-12));
        assertThat(numerical.expectedValue()).isCloseTo(exact.expectedValue(), within(1e-9));
    }

    @Test
    void test_figures_zeroTimeIsDeterministic() {
        List<Leg> calendar = List.of(OptionLeg.of(CALL, 1500, -1, 32.0), new OptionLeg(CALL, 1500, 1, 55.0, TAU));
        ProbabilityModel expiryDay = MARKET.withYearsToExpiry(0);
        double atSpot = TwoExpiryAnalyzer.valueAtFirstExpiry(calendar, 1500, expiryDay, MARKET.annualVol());

        StrategyFigures figures = TwoExpiryAnalyzer.figures(calendar, expiryDay);

        assertThat(figures.expectedValue()).isCloseTo(atSpot, within(1e-12));
        assertThat(figures.probabilityOfProfit()).isEqualTo(atSpot > 0 ? 1.0 : 0.0);
    }

    @ParameterizedTest
    @MethodSource("positions")
    void test_sampledLess_equalsFiguresOfTheShiftedPosition(List<Leg> legs) {
        SmileDistribution smile = new SmileDistribution(
                MARKET, VolatilitySmile.of(new double[] {1300, 1500, 1700}, new double[] {0.32, 0.25, 0.22}));
        java.util.function.ToDoubleFunction<OptionLeg> vol = leg -> leg.expiresFirst() ? 0.26 : 0.24;
        OptionLeg later = legs.stream()
                .map(OptionLeg.class::cast)
                .filter(l -> !l.expiresFirst())
                .findFirst()
                .orElseThrow();
        for (double rupees : new double[] {0.0, 3.75, -12.0, 40.0}) {
            List<Leg> shifted = legs.stream()
                    .map(l -> l == later
                            ? (Leg) new OptionLeg(
                                    later.right(),
                                    later.strike(),
                                    later.quantity(),
                                    later.premiumPerUnit() + rupees / later.quantity(),
                                    later.yearsAfterFirstExpiry())
                            : l)
                    .toList();

            StrategyFigures fromSamples =
                    TwoExpiryAnalyzer.sample(legs, smile, vol).less(rupees);
            StrategyFigures direct = TwoExpiryAnalyzer.figures(shifted, smile, vol);

            double scale = Math.abs(later.quantity()) * 1500;
            assertThat(fromSamples.breakevens()).hasSameSizeAs(direct.breakevens());
            for (int i = 0; i < direct.breakevens().size(); i++) {
                assertThat(fromSamples.breakevens().get(i))
                        .isCloseTo(direct.breakevens().get(i), within(1e-6));
            }
            assertThat(fromSamples.probabilityOfProfit()).isCloseTo(direct.probabilityOfProfit(), within(1e-9));
            // a constant off every outcome is a constant off the expectation; a second pass integrates the shifted
            // later premium against the smile's density, whose quadrature mass is 1 only to about 1e-4
            assertThat(fromSamples.expectedValue())
                    .isCloseTo(
                            TwoExpiryAnalyzer.sample(legs, smile, vol).figures().expectedValue() - rupees,
                            within(1e-9 * scale));
            assertThat(fromSamples.expectedValue())
                    .isCloseTo(direct.expectedValue(), within(1e-4 * Math.abs(rupees) + 1e-9 * scale));
            assertThat(fromSamples.maxProfit().isUnlimited())
                    .isEqualTo(direct.maxProfit().isUnlimited());
            assertThat(fromSamples.maxLoss().isUnlimited())
                    .isEqualTo(direct.maxLoss().isUnlimited());
            assertThat(fromSamples.maxProfit().orElse(0.0))
                    .isCloseTo(direct.maxProfit().orElse(0.0), within(1e-9 * scale));
            assertThat(fromSamples.maxLoss().orElse(0.0))
                    .isCloseTo(direct.maxLoss().orElse(0.0), within(1e-9 * scale));
        }
    }

    private static DoubleUnaryOperator pnl(List<Leg> legs) {
        return s -> TwoExpiryAnalyzer.valueAtFirstExpiry(legs, s, MARKET, MARKET.annualVol());
    }
}
