package io.optionsv4.core.margin;

import static io.optionsv4.core.instrument.Right.CALL;
import static io.optionsv4.core.instrument.Right.PUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.instrument.UnderlyingKind;
import io.optionsv4.core.probability.OptionLeg;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Remembered margins: the calculator's own figures, computed once per inputs, the least recently used dropped. */
class RememberedMarginsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 4);
    private static final LocalDate EXPIRY = LocalDate.of(2026, 5, 26);
    private static final MarginMarket NIFTY = new MarginMarket(UnderlyingKind.INDEX, 24_000, 0.15, 0.065, 0, EXPIRY);

    private static MarginBasket shortPut(double strike, int units) {
        return MarginBasket.of(List.of(OptionLeg.of(PUT, strike, -units, 80.0)), 0.15);
    }

    private static MarginBasket bearCallSpread() {
        return MarginBasket.of(
                List.of(OptionLeg.of(CALL, 24_500, -75, 60.0), OptionLeg.of(CALL, 24_700, 75, 25.0)), 0.15);
    }

    @Test
    void test_margin_isTheCalculatorsFigure_andAnEqualBasketIsNotMarginedAgain() {
        RememberedMargins margins = new RememberedMargins(MarginCalculator.NSE, 8);

        MarginRequirement first = margins.margin(bearCallSpread(), NIFTY, AS_OF);
        // an equal basket built anew (not the same object) comes from memory: the very same figure object
        MarginRequirement again = margins.margin(bearCallSpread(), NIFTY, AS_OF);

        assertThat(first).isEqualTo(MarginCalculator.NSE.margin(bearCallSpread(), NIFTY, AS_OF));
        assertThat(again).isSameAs(first);
        assertThat(margins.size()).isEqualTo(1);
    }

    @Test
    void test_margin_anyDifferentInput_isMarginedAfresh() {
        RememberedMargins margins = new RememberedMargins(MarginCalculator.NSE, 8);
        MarginRequirement base = margins.margin(shortPut(23_500, 75), NIFTY, AS_OF);

        MarginRequirement moreUnits = margins.margin(shortPut(23_500, 150), NIFTY, AS_OF);
        MarginRequirement otherDay = margins.margin(shortPut(23_500, 75), NIFTY, AS_OF.plusDays(1));
        MarginRequirement otherSpot = margins.margin(
                shortPut(23_500, 75), new MarginMarket(UnderlyingKind.INDEX, 23_800, 0.15, 0.065, 0, EXPIRY), AS_OF);

        assertThat(moreUnits.span()).isGreaterThan(base.span());
        assertThat(otherDay).isEqualTo(MarginCalculator.NSE.margin(shortPut(23_500, 75), NIFTY, AS_OF.plusDays(1)));
        assertThat(otherSpot.scanRisk()).isGreaterThan(base.scanRisk());
        assertThat(margins.size()).isEqualTo(4);
    }

    @Test
    void test_margin_beyondCapacity_dropsTheLeastRecentlyUsed() {
        RememberedMargins margins = new RememberedMargins(MarginCalculator.NSE, 2);
        MarginRequirement a = margins.margin(shortPut(23_000, 75), NIFTY, AS_OF);
        MarginRequirement b = margins.margin(shortPut(23_100, 75), NIFTY, AS_OF);
        assertThat(margins.margin(shortPut(23_000, 75), NIFTY, AS_OF)).isSameAs(a); // a is now the most recent

        margins.margin(shortPut(23_200, 75), NIFTY, AS_OF); // drops b

        assertThat(margins.size()).isEqualTo(2);
        assertThat(margins.margin(shortPut(23_000, 75), NIFTY, AS_OF)).isSameAs(a);
        MarginRequirement bAgain = margins.margin(shortPut(23_100, 75), NIFTY, AS_OF);
        assertThat(bAgain).isEqualTo(b).isNotSameAs(b);
    }

    @Test
    void test_margin_refusedByTheCalculator_throwsAndRemembersNothing() {
        RememberedMargins margins = new RememberedMargins(MarginCalculator.NSE, 4);

        assertThatThrownBy(() -> margins.margin(shortPut(23_500, 75), NIFTY, EXPIRY.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after the first expiry");
        assertThatThrownBy(() -> new RememberedMargins(MarginCalculator.NSE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
        assertThat(margins.size()).isZero();
    }
}
