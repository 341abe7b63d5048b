package io.optionsv4.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.probability.Leg;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.probability.UnderlyingLeg;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrategyDefinitionTest {

    /** Each short variant with the long one it inverts, and inputs valid for both. */
    static Stream<Arguments> shortAndLong() {
        return Stream.of(
                Arguments.of("Bear Call Spread", "Bull Call Spread", List.of(1500.0, 1560.0), List.of(35.2, 12.1)),
                Arguments.of("Bull Put Spread", "Bear Put Spread", List.of(1440.0, 1500.0), List.of(10.4, 30.5)),
                Arguments.of("Short Straddle", "Long Straddle", List.of(1500.0), List.of(38.0, 36.0)),
                Arguments.of("Short Strangle", "Long Strangle", List.of(1450.0, 1550.0), List.of(15.0, 17.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortAndLong")
    void test_legs_shortVariantIsNegatedLong(String shortName, String longName, List<Double> k, List<Double> p) {
        StrategyInputs inputs = StrategyInputs.of(k, p).withLots(2, 50);

        List<Leg> shortLegs = StrategyRegistry.get(shortName).legs(inputs);
        List<Leg> longLegs = StrategyRegistry.get(longName).legs(inputs);

        assertThat(shortLegs)
                .containsExactlyElementsOf(longLegs.stream().map(Leg::negated).toList());
        for (double spot = 1300; spot <= 1700; spot += 7.5) {
            double at = spot;
            assertThat(shortLegs.stream().mapToDouble(l -> l.pnlAtExpiry(at)).sum())
                    .isEqualTo(-longLegs.stream()
                            .mapToDouble(l -> l.pnlAtExpiry(at))
                            .sum());
        }
    }

    @Test
    void test_legs_bullCallSpreadQuantitiesAndPremiums() {
        List<Leg> legs = BullCallSpread.DEFINITION.legs(
                StrategyInputs.of(List.of(1500.0, 1560.0), List.of(35.2, 12.1)).withLots(3, 25));

        assertThat(legs)
                .containsExactly(
                        OptionLeg.of(Right.CALL, 1500.0, 75, 35.2), OptionLeg.of(Right.CALL, 1560.0, -75, 12.1));
    }

    @Test
    void test_legs_coveredCallHoldsUnderlying() {
        List<Leg> legs = CoveredCall.DEFINITION.legs(
                StrategyInputs.of(List.of(1560.0), List.of(12.1)).withUnderlyingPrice(1500.0));

        assertThat(legs).containsExactly(UnderlyingLeg.of(1, 1500.0), OptionLeg.of(Right.CALL, 1560.0, -1, 12.1));
    }

    @Test
    void test_legs_calendarFarLegExpiresLater() {
        List<Leg> legs = CalendarSpread.DEFINITION.legs(
                StrategyInputs.of(List.of(1500.0), List.of(20.0, 35.0)).withYearsBetweenExpiries(28 / 365.0));

        assertThat(legs)
                .containsExactly(
                        OptionLeg.of(Right.CALL, 1500.0, -1, 20.0),
                        new OptionLeg(Right.CALL, 1500.0, 1, 35.0, 28 / 365.0));
    }

    @Test
    void test_legs_wrongNumberOfStrikes() {
        assertThatThrownBy(() -> BullCallSpread.DEFINITION.legs(StrategyInputs.of(List.of(1500.0), List.of(1.0, 2.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bull Call Spread needs 2 strike(s)")
                .hasMessageContaining("got 1");
    }

    @Test
    void test_legs_strikesOutOfOrder() {
        assertThatThrownBy(() ->
                        BullCallSpread.DEFINITION.legs(StrategyInputs.of(List.of(1560.0, 1500.0), List.of(1.0, 2.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bull Call Spread needs strikes with K1 < K2")
                .hasMessageContaining("[1560.0, 1500.0]");
    }

    @Test
    void test_legs_butterflyWithUnequalWings() {
        assertThatThrownBy(() -> ButterflySpread.DEFINITION.legs(
                        StrategyInputs.of(List.of(1450.0, 1500.0, 1600.0), List.of(1.0, 2.0, 3.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("K2 - K1 = K3 - K2");
    }

    @Test
    void test_legs_brokenWingOnWrongSide() {
        assertThatThrownBy(() -> BrokenWingButterfly.DEFINITION.legs(
                        StrategyInputs.of(List.of(1400.0, 1500.0, 1550.0), List.of(1.0, 2.0, 3.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("K3 - K2 > K2 - K1");
    }

    @Test
    void test_legs_wrongNumberOfPremiums() {
        assertThatThrownBy(() -> IronCondor.DEFINITION.legs(
                        StrategyInputs.of(List.of(1400.0, 1450.0, 1550.0, 1600.0), List.of(1.0, 2.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Iron Condor needs 4 premium(s)")
                .hasMessageContaining("BUY 1 PUT K1, SELL 1 PUT K2, SELL 1 CALL K3, BUY 1 CALL K4");
    }

    @Test
    void test_legs_missingUnderlyingPriceOrSecondExpiry() {
        assertThatThrownBy(() -> CoveredCall.DEFINITION.legs(StrategyInputs.of(List.of(1560.0), List.of(12.1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry price");
        assertThatThrownBy(() -> CalendarSpread.DEFINITION.legs(StrategyInputs.of(List.of(1500.0), List.of(1.0, 2.0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two expiries");
    }

    @Test
    void test_strikeCount_forHelpTexts() {
        assertThat(LongCall.DEFINITION.strikeCount()).isEqualTo(1);
        assertThat(LongStraddle.DEFINITION.strikeCount()).isEqualTo(1);
        assertThat(IronButterfly.DEFINITION.strikeCount()).isEqualTo(3);
        assertThat(IronButterfly.DEFINITION.premiumCount()).isEqualTo(4);
        assertThat(IronCondor.DEFINITION.strikeCount()).isEqualTo(4);
        assertThat(CoveredCall.DEFINITION.premiumCount()).isEqualTo(1);
        assertThat(BullCallSpread.DEFINITION.slug()).isEqualTo("bull-call-spread");
        assertThat(CashSecuredPut.DEFINITION.slug()).isEqualTo("cash-secured-put");
    }

    @Test
    void test_metadata_everyDefinitionHasOne() {
        assertThat(StrategyRegistry.all()).allSatisfy(d -> {
            assertThat(d.metadata().complexity()).isBetween(1, 5);
            assertThat(d.describe()).isNotBlank();
        });
        assertThat(StrategyRegistry.all().stream().filter(StrategyDefinition::spansTwoExpiries))
                .extracting(StrategyDefinition::name)
                .containsExactlyInAnyOrder(
                        "Calendar Spread", "Put Calendar Spread", "Diagonal Spread", "Put Diagonal Spread");
    }
}
