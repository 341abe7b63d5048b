package io.optionsv4.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.PayoffProfile;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every single-expiry strategy of the registry against hand-derived expiry figures per unit (lot size 1, one lot):
 * payoff at sample prices, maximum profit and loss (or unlimited) and breakevens. Two-expiry strategies are covered by
 * {@code TwoExpiryStrategiesTest}.
 */
class StrategyRegistryTest {

    private static final double TOLERANCE = 1e-9;
    private static final Amount UNLIMITED = Amount.UNLIMITED;

    /** A strategy with inputs and its hand-derived figures; {@code samples} maps spot at expiry to P&amp;L. */
    record Case(
            String name,
            List<Double> strikes,
            List<Double> premiums,
            double underlyingPrice,
            Amount maxProfit,
            Amount maxLoss,
            List<Double> breakevens,
            Map<Double, Double> samples) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Case of(
            String name,
            List<Double> strikes,
            List<Double> premiums,
            Amount maxProfit,
            Amount maxLoss,
            List<Double> breakevens,
            Map<Double, Double> samples) {
        return new Case(name, strikes, premiums, 0.0, maxProfit, maxLoss, breakevens, samples);
    }

    static Amount rs(double rupees) {
        return Amount.of(rupees);
    }

    static Stream<Case> cases() {
        return Stream.concat(directionalAndNeutral(), incomeVolatilityAndAdvanced());
    }

    static Stream<Case> directionalAndNeutral() {
        return Stream.of(
                of(
                        "Long Call",
                        List.of(1500.0),
                        List.of(35.2),
                        UNLIMITED,
                        rs(35.2),
                        List.of(1535.2),
                        Map.of(1400.0, -35.2, 1600.0, 64.8)),
                of(
                        "Long Put",
                        List.of(1500.0),
                        List.of(30.5),
                        rs(1469.5),
                        rs(30.5),
                        List.of(1469.5),
                        Map.of(1400.0, 69.5, 1600.0, -30.5, 0.0, 1469.5)),
                of(
                        "Bull Call Spread",
                        List.of(1500.0, 1560.0),
                        List.of(35.2, 12.1),
                        rs(36.9),
                        rs(23.1),
                        List.of(1523.1),
                        Map.of(1400.0, -23.1, 1540.0, 16.9, 1700.0, 36.9)),
                of(
                        "Bear Call Spread",
                        List.of(1500.0, 1560.0),
                        List.of(35.2, 12.1),
                        rs(23.1),
                        rs(36.9),
                        List.of(1523.1),
                        Map.of(1400.0, 23.1, 1540.0, -16.9, 1700.0, -36.9)),
                of(
                        "Bear Put Spread",
                        List.of(1440.0, 1500.0),
                        List.of(10.4, 30.5),
                        rs(39.9),
                        rs(20.1),
                        List.of(1479.9),
                        Map.of(1400.0, 39.9, 1460.0, 19.9, 1600.0, -20.1)),
                of(
                        "Bull Put Spread",
                        List.of(1440.0, 1500.0),
                        List.of(10.4, 30.5),
                        rs(20.1),
                        rs(39.9),
                        List.of(1479.9),
                        Map.of(1400.0, -39.9, 1460.0, -19.9, 1600.0, 20.1)),
                of(
                        "Iron Condor",
                        List.of(1400.0, 1450.0, 1550.0, 1600.0),
                        List.of(5.0, 12.5, 14.0, 6.0),
                        rs(15.5),
                        rs(34.5),
                        List.of(1434.5, 1565.5),
                        Map.of(1300.0, -34.5, 1440.0, 5.5, 1500.0, 15.5, 1700.0, -34.5)),
                of(
                        "Iron Butterfly",
                        List.of(1400.0, 1500.0, 1600.0),
                        List.of(8.0, 40.0, 42.0, 9.0),
                        rs(65.0),
                        rs(35.0),
                        List.of(1435.0, 1565.0),
                        Map.of(1300.0, -35.0, 1450.0, 15.0, 1500.0, 65.0)),
                of(
                        "Butterfly Spread",
                        List.of(1450.0, 1500.0, 1550.0),
                        List.of(70.0, 38.0, 16.0),
                        rs(40.0),
                        rs(10.0),
                        List.of(1460.0, 1540.0),
                        Map.of(1400.0, -10.0, 1480.0, 20.0, 1600.0, -10.0)),
                of(
                        "Put Butterfly",
                        List.of(1450.0, 1500.0, 1550.0),
                        List.of(14.0, 36.0, 68.0),
                        rs(40.0),
                        rs(10.0),
                        List.of(1460.0, 1540.0),
                        Map.of(1400.0, -10.0, 1520.0, 20.0, 1600.0, -10.0)));
    }

    static Stream<Case> incomeVolatilityAndAdvanced() {
        return Stream.of(
                of(
                        "Long Straddle",
                        List.of(1500.0),
                        List.of(38.0, 36.0),
                        UNLIMITED,
                        rs(74.0),
                        List.of(1426.0, 1574.0),
                        Map.of(1500.0, -74.0, 1600.0, 26.0, 1300.0, 126.0)),
                of(
                        "Short Straddle",
                        List.of(1500.0),
                        List.of(38.0, 36.0),
                        rs(74.0),
                        UNLIMITED,
                        List.of(1426.0, 1574.0),
                        Map.of(1500.0, 74.0, 1600.0, -26.0, 1300.0, -126.0)),
                of(
                        "Long Strangle",
                        List.of(1450.0, 1550.0),
                        List.of(15.0, 17.0),
                        UNLIMITED,
                        rs(32.0),
                        List.of(1418.0, 1582.0),
                        Map.of(1500.0, -32.0, 1400.0, 18.0, 1600.0, 18.0)),
                of(
                        "Short Strangle",
                        List.of(1450.0, 1550.0),
                        List.of(15.0, 17.0),
                        rs(32.0),
                        UNLIMITED,
                        List.of(1418.0, 1582.0),
                        Map.of(1500.0, 32.0, 1400.0, -18.0, 1600.0, -18.0)),
                of(
                        "Cash-Secured Put",
                        List.of(1450.0),
                        List.of(20.0),
                        rs(20.0),
                        rs(1430.0),
                        List.of(1430.0),
                        Map.of(1400.0, -30.0, 1500.0, 20.0, 0.0, -1430.0)),
                new Case(
                        "Covered Call",
                        List.of(1560.0),
                        List.of(12.1),
                        1500.0,
                        rs(72.1),
                        rs(1487.9),
                        List.of(1487.9),
                        Map.of(1400.0, -87.9, 1530.0, 42.1, 1700.0, 72.1, 0.0, -1487.9)),
                of(
                        "Call Ratio Spread",
                        List.of(1500.0, 1560.0),
                        List.of(35.2, 12.1),
                        rs(49.0),
                        UNLIMITED,
                        List.of(1511.0, 1609.0),
                        Map.of(1400.0, -11.0, 1560.0, 49.0, 1700.0, -91.0)),
                of(
                        "Put Ratio Spread",
                        List.of(1440.0, 1500.0),
                        List.of(10.4, 30.5),
                        rs(50.3),
                        rs(1389.7),
                        List.of(1389.7, 1490.3),
                        Map.of(1600.0, -9.7, 1440.0, 50.3, 1400.0, 10.3, 0.0, -1389.7)),
                of(
                        "Jade Lizard",
                        List.of(1450.0, 1550.0, 1580.0),
                        List.of(20.0, 25.0, 14.0),
                        rs(31.0),
                        rs(1419.0),
                        List.of(1419.0),
                        Map.of(1400.0, -19.0, 1500.0, 31.0, 1565.0, 16.0, 1700.0, 1.0)),
                of(
                        "Broken Wing Butterfly",
                        List.of(1450.0, 1500.0, 1600.0),
                        List.of(70.0, 38.0, 8.0),
                        rs(48.0),
                        rs(52.0),
                        List.of(1452.0, 1548.0),
                        Map.of(1400.0, -2.0, 1500.0, 48.0, 1700.0, -52.0)),
                of(
                        "Put Broken Wing Butterfly",
                        List.of(1400.0, 1500.0, 1550.0),
                        List.of(6.0, 36.0, 68.0),
                        rs(48.0),
                        rs(52.0),
                        List.of(1452.0, 1548.0),
                        Map.of(1300.0, -52.0, 1500.0, 48.0, 1600.0, -2.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_expiryFigures_handDerived(Case c) {
        PayoffProfile payoff = payoff(c, 1, 1);

        c.samples()
                .forEach((spot, pnl) ->
                        assertThat(payoff.valueAt(spot)).as("P&L at %s", spot).isCloseTo(pnl, within(TOLERANCE)));
        assertAmount(payoff.maxProfit(), c.maxProfit());
        assertAmount(payoff.maxLoss(), c.maxLoss());
        assertThat(payoff.breakevens()).hasSameSizeAs(c.breakevens());
        for (int i = 0; i < c.breakevens().size(); i++) {
            assertThat(payoff.breakevens().get(i)).isCloseTo(c.breakevens().get(i), within(TOLERANCE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_expiryFigures_scaleWithLotsAndLotSize(Case c) {
        PayoffProfile perUnit = payoff(c, 1, 1);
        PayoffProfile threeLots = payoff(c, 3, 25);

        assertThat(threeLots.breakevens()).containsExactlyElementsOf(perUnit.breakevens());
        c.samples()
                .forEach(
                        (spot, pnl) -> assertThat(threeLots.valueAt(spot)).isCloseTo(75 * pnl, within(75 * TOLERANCE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_riskProfile_matchesPayoff(Case c) {
        StrategyDefinition definition = StrategyRegistry.get(c.name());

        assertThat(RiskProfile.of(payoff(c, 1, 1)))
                .isEqualTo(definition.metadata().riskProfile());
    }

    @Test
    void test_cases_coverEverySingleExpiryStrategy() {
        List<String> tested = cases().map(Case::name).toList();

        assertThat(StrategyRegistry.all().stream()
                        .filter(d -> !d.spansTwoExpiries())
                        .map(StrategyDefinition::name))
                .containsExactlyInAnyOrderElementsOf(tested);
        assertThat(StrategyRegistry.all()).hasSize(25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bull-call-spread", "BULL_CALL_SPREAD", "Bull Call Spread", "bullcallspread"})
    void test_find_anySpelling(String name) {
        assertThat(StrategyRegistry.find(name)).contains(BullCallSpread.DEFINITION);
    }

    @Test
    void test_find_aliasesAndSlugs() {
        assertThat(StrategyRegistry.find("bwb")).contains(BrokenWingButterfly.DEFINITION);
        assertThat(StrategyRegistry.find("cash-secured-put")).contains(CashSecuredPut.DEFINITION);
        assertThat(StrategyRegistry.find("call_calendar")).contains(CalendarSpread.DEFINITION);
        StrategyRegistry.all()
                .forEach(d -> assertThat(StrategyRegistry.find(d.slug())).contains(d));
    }

    @Test
    void test_find_unknownName() {
        assertThat(StrategyRegistry.find("iron-parrot")).isEmpty();
        assertThatThrownBy(() -> StrategyRegistry.get("iron-parrot"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iron-parrot")
                .hasMessageContaining("bull-call-spread");
    }

    private static PayoffProfile payoff(Case c, int lots, int lotSize) {
        StrategyInputs inputs = StrategyInputs.of(c.strikes(), c.premiums()).withLots(lots, lotSize);
        if (c.underlyingPrice() > 0) {
            inputs = inputs.withUnderlyingPrice(c.underlyingPrice());
        }
        return StrategyRegistry.get(c.name()).resolve(inputs).payoff();
    }

    private static void assertAmount(Amount actual, Amount expected) {
        if (expected.isUnlimited()) {
            assertThat(actual.isUnlimited()).as("unlimited").isTrue();
        } else {
            assertThat(actual.isUnlimited()).as("finite").isFalse();
            assertThat(actual.orElse(Double.NaN)).isCloseTo(expected.orElse(Double.NaN), within(TOLERANCE));
        }
    }
}
