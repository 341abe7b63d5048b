package io.optionsv4.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.ProbabilityModel;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.probability.TwoExpiryAnalyzer;
import io.optionsv4.core.testdata.LognormalQuadrature;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Probability of profit and expected value of every single-expiry registry strategy against an independent adaptive
 * Simpson integration of the lognormal density ({@link LognormalQuadrature}), and the expiry figures of
 * {@link Strategy#figures} against the hand-derived ones of {@link StrategyRegistryTest}.
 */
class StrategyTest {

    private static final double PROBABILITY_TOLERANCE = 1e-9;
    private static final double VALUE_TOLERANCE = 1e-9;
    private static final double FAR_GAP = 28 / 365.0;
    private static final ProbabilityModel MARKET = ProbabilityModel.of(1500, 0.22, 0.065, 0.01, 30 / 365.0);

    static List<StrategyRegistryTest.Case> cases() {
        return StrategyRegistryTest.cases().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_probabilityOfProfit_matchesNumericalIntegration(StrategyRegistryTest.Case c) {
        Strategy strategy = resolve(c);
        LognormalQuadrature quadrature = new LognormalQuadrature(MARKET.forward(), MARKET.logStdDev());

        double expected = quadrature.probabilityPositive(pnl(strategy.legs()));

        assertThat(strategy.figures(MARKET).probabilityOfProfit()).isCloseTo(expected, within(PROBABILITY_TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_expectedValue_matchesNumericalIntegration(StrategyRegistryTest.Case c) {
        Strategy strategy = resolve(c);
        LognormalQuadrature quadrature = new LognormalQuadrature(MARKET.forward(), MARKET.logStdDev());

        double expected = quadrature.expectation(pnl(strategy.legs()), strikes(strategy.legs()));

        assertThat(strategy.figures(MARKET).expectedValue()).isCloseTo(expected, within(VALUE_TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_figures_matchHandDerivedExpiryFigures(StrategyRegistryTest.Case c) {
        StrategyFigures figures = resolve(c).figures(MARKET);

        assertThat(figures.maxProfit().isUnlimited()).isEqualTo(c.maxProfit().isUnlimited());
        assertThat(figures.maxLoss().isUnlimited()).isEqualTo(c.maxLoss().isUnlimited());
        assertThat(figures.breakevens()).hasSameSizeAs(c.breakevens());
        assertThat(figures.probabilityOfProfit()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_probabilityOfProfit_plusNegatedIsOne(StrategyRegistryTest.Case c) {
        Strategy strategy = resolve(c);
        Strategy negated = new Strategy(
                strategy.definition(),
                strategy.legs().stream().map(Leg::negated).toList());

        double sum = strategy.figures(MARKET).probabilityOfProfit()
                + negated.figures(MARKET).probabilityOfProfit();

        assertThat(sum).isCloseTo(1.0, within(PROBABILITY_TOLERANCE));
        assertThat(negated.figures(MARKET).expectedValue())
                .isCloseTo(-strategy.figures(MARKET).expectedValue(), within(VALUE_TOLERANCE));
    }

    static Stream<Arguments> twoExpiryStrategies() {
        return Stream.of(
                Arguments.of("Calendar Spread", List.of(1500.0)),
                Arguments.of("Put Calendar Spread", List.of(1500.0)),
                Arguments.of("Diagonal Spread", List.of(1450.0, 1550.0)),
                Arguments.of("Put Diagonal Spread", List.of(1450.0, 1550.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoExpiryStrategies")
    void test_twoExpiryFigures_matchNumericalIntegration(String name, List<Double> strikes) {
        Strategy strategy = resolveAtFairPremiums(StrategyRegistry.get(name), strikes);
        DoubleUnaryOperator pnl =
                s -> TwoExpiryAnalyzer.valueAtFirstExpiry(strategy.legs(), s, MARKET, MARKET.annualVol());
        LognormalQuadrature quadrature = new LognormalQuadrature(MARKET.forward(), MARKET.logStdDev());

        StrategyFigures figures = strategy.figures(MARKET);

        assertThat(figures.maxLoss().isUnlimited()).isFalse();
        assertThat(figures.maxProfit().isUnlimited()).isFalse();
        assertThat(figures.breakevens()).isNotEmpty();
        figures.breakevens().forEach(b -> assertThat(pnl.applyAsDouble(b)).isCloseTo(0.0, within(1e-9)));
        assertThat(figures.probabilityOfProfit())
                .isCloseTo(quadrature.probabilityPositive(pnl), within(PROBABILITY_TOLERANCE));
        assertThat(figures.expectedValue())
                .isCloseTo(quadrature.expectation(pnl, strikes(strategy.legs())), within(VALUE_TOLERANCE));
    }

    /** Resolves a two-expiry strategy with near and far premiums at their Black–Scholes–Merton values. */
    private static Strategy resolveAtFairPremiums(StrategyDefinition definition, List<Double> strikes) {
        List<Double> premiums = definition.legTemplates().stream()
                .map(t -> (LegTemplate.Option) t)
                .map(o -> BlackScholesMerton.price(
                        o.right(),
                        MARKET.spot(),
                        strikes.get(o.strikeNumber() - 1),
                        MARKET.yearsToExpiry() + (o.expiry() == ExpirySlot.FAR ? FAR_GAP : 0),
                        MARKET.annualVol(),
                        MARKET.rate(),
                        MARKET.dividendYield()))
                .toList();
        return definition.resolve(StrategyInputs.of(strikes, premiums).withYearsBetweenExpiries(FAR_GAP));
    }

    static Strategy resolve(StrategyRegistryTest.Case c) {
        StrategyInputs inputs = StrategyInputs.of(c.strikes(), c.premiums());
        if (c.underlyingPrice() > 0) {
            inputs = inputs.withUnderlyingPrice(c.underlyingPrice());
        }
        return StrategyRegistry.get(c.name()).resolve(inputs);
    }

    static DoubleUnaryOperator pnl(List<Leg> legs) {
        return s -> legs.stream().mapToDouble(l -> l.pnlAtExpiry(s)).sum();
    }

    static List<Double> strikes(List<Leg> legs) {
        return legs.stream()
                .filter(OptionLeg.class::isInstance)
                .map(l -> ((OptionLeg) l).strike())
                .toList();
    }
}
