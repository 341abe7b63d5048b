package io.optionsv4.core.portfolio;

import static io.optionsv4.core.testdata.TradeLegs.rs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.OptionOrder;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.testdata.TradeLegs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bull put spread of 500 units valued by hand: sold the 1500 put at ₹20.00 (₹30.00 charges booked), bought the 1450
 * put at ₹8.00 (₹25.00). Now the 1500 put is ₹15.00 mid and ₹15.50 to buy back, the 1450 put ₹5.00 mid and ₹4.80 to
 * sell: at the executable prices −(15.50 − 20.00) × 500 + (4.80 − 8.00) × 500 = ₹2,250.00 − ₹1,600.00 = ₹650.00; at
 * the mids ₹2,500.00 − ₹1,500.00 = ₹1,000.00.
 */
class PositionValuerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final LocalDate ENTERED = LocalDate.of(2026, 11, 16);
    private static final CostCalculator COSTS = CostCalculator.nseDhan();

    private final PositionValuer valuer = new PositionValuer(COSTS);
    private final TrackedStrategy spread = TradeLegs.strategy(7, "Bull Put Spread", "Banks", Conviction.HIGH);
    private final TradeLeg shortPut = TradeLegs.open(7, 0, Side.SELL, Right.PUT, 1500, 500, "20.00", "30.00", ENTERED);
    private final TradeLeg longPut = TradeLegs.open(7, 1, Side.BUY, Right.PUT, 1450, 500, "8.00", "25.00", ENTERED);

    @Test
    void test_value_grossAtExecutableAndMid_netOfChargesAndExitCosts() {
        Map<TradeLeg, CurrentPrice> prices = Map.of(
                shortPut, new CurrentPrice.Quoted(15.00, 15.50, CurrentPrice.Basis.BOOK),
                longPut, new CurrentPrice.Quoted(5.00, 4.80, CurrentPrice.Basis.BOOK));

        StrategyPosition p = valuer.value(spread, List.of(shortPut, longPut), prices::get, AS_OF);

        OptionOrder buyBack = new OptionOrder(AS_OF, Side.BUY, 15.50, 500);
        OptionOrder sell = new OptionOrder(AS_OF, Side.SELL, 4.80, 500);
        Money note = COSTS.contractNote(AS_OF, List.of(buyBack, sell), List.of())
                .charges()
                .total();
        assertThat(p.legs().get(0).grossAtExecutable()).contains(rs("2250.00"));
        assertThat(p.legs().get(1).grossAtExecutable()).contains(rs("-1600.00"));
        assertThat(p.grossAtExecutable()).contains(rs("650.00"));
        assertThat(p.grossAtMid()).contains(rs("1000.00"));
        assertThat(p.chargesBooked()).isEqualTo(rs("55.00"));
        assertThat(p.legs().get(0).exitCosts()).contains(COSTS.order(buyBack).total());
        assertThat(p.exitCosts()).contains(note);
        assertThat(note.paise()).isPositive();
        assertThat(p.net()).contains(rs("650.00").minus(rs("55.00")).minus(note));
        assertThat(p.legs().get(1).net())
                .contains(rs("-1600.00")
                        .minus(rs("25.00"))
                        .minus(COSTS.order(sell).total()));
    }

    /** An expired long 1500 call with the underlying at 1,550: ₹50 × 500 = ₹25,000 intrinsic, 0.15 % STT = ₹38. */
    @Test
    void test_value_expiredLongLeg_settlesAtIntrinsicWithExerciseStt() {
        TradeLeg call = TradeLegs.open(8, 0, Side.BUY, Right.CALL, 1500, 500, "20.00", "22.00", ENTERED);

        StrategyPosition p =
                valuer.value(spread, List.of(call), l -> new CurrentPrice.Settled(1550, 50), AS_OF.plusDays(10));

        assertThat(p.grossAtExecutable()).contains(rs("15000.00"));
        assertThat(p.grossAtMid()).contains(rs("15000.00"));
        assertThat(p.exitCosts()).contains(rs("38.00"));
        assertThat(p.net()).contains(rs("15000.00").minus(rs("22.00")).minus(rs("38.00")));
    }

    @Test
    void test_value_worthlessLongLeg_hasNoClosingOrder() {
        StrategyPosition p = valuer.value(
                spread, List.of(longPut), l -> new CurrentPrice.Quoted(0.05, 0, CurrentPrice.Basis.BOOK), AS_OF);

        assertThat(p.grossAtExecutable()).contains(rs("-4000.00"));
        assertThat(p.exitCosts()).contains(Money.ZERO);
    }

    @Test
    void test_value_unpricedLeg_leavesTheStrategyTotalsEmpty() {
        Map<TradeLeg, CurrentPrice> prices = Map.of(
                shortPut, new CurrentPrice.Quoted(15.00, 15.50, CurrentPrice.Basis.BOOK),
                longPut, new CurrentPrice.Unavailable("no chain"));

        StrategyPosition p = valuer.value(spread, List.of(shortPut, longPut), prices::get, AS_OF);

        assertThat(p.priced()).isFalse();
        assertThat(p.legs().get(0).grossAtExecutable()).contains(rs("2250.00"));
        assertThat(p.legs().get(1).net()).isEmpty();
        assertThat(p.grossAtExecutable()).isEmpty();
        assertThat(p.exitCosts()).isEmpty();
        assertThat(p.net()).isEmpty();
    }

    @Test
    void test_value_refusesAClosedLeg() {
        TradeLeg closed = TradeLegs.closed(shortPut, "10.00", "60.00", AS_OF);

        assertThatThrownBy(() -> valuer.value(spread, List.of(closed), l -> new CurrentPrice.Unavailable("x"), AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is closed");
    }
}
