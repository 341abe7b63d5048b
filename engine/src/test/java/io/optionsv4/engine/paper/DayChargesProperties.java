package io.optionsv4.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.Settlement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Charges booked fill by fill add up to the day's contract note, and no booking is negative. */
class DayChargesProperties {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private static final Instant AT = Instant.parse("2026-05-04T05:00:00Z");
    private static final OptionInstrument CALL =
            new OptionInstrument("NIFTY", Right.CALL, Money.ofWholeRupees(24_000), LocalDate.of(2026, 5, 12));

    /**
     * A random day of fills: each fill belongs to one of four orders (two buys, two sells), trades 1-10 lots of 75 at
     * a price of ₹0.05-₹500.00.
     */
    @Property(tries = 300)
    void test_bookedCharges_addUpToTheDaysContractNote(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 3) Integer> orders,
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 1, max = 10_000) Integer> ticks,
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 1, max = 10) Integer> lots) {
        DayCharges charges = new DayCharges(CostCalculator.nseDhan());
        List<BookedFill> booked = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            int order = orders.get(i);
            Side side = order < 2 ? Side.BUY : Side.SELL;
            Fill fill = new Fill(
                    "T" + i,
                    "P" + order,
                    new CorrelationId("c" + order),
                    CALL,
                    side,
                    lots.get(i) * 75,
                    Money.ofPaise(ticks.get(i) * 5L),
                    AT.plusSeconds(i));
            Charges c = charges.forFill(fill, booked, List.<Settlement>of());
            booked.add(new BookedFill(fill, c));
        }

        Charges sum = booked.stream().map(BookedFill::charges).reduce(Charges.NONE, Charges::plus);
        assertThat(sum).isEqualTo(charges.note(DAY, booked, List.of()).charges());
        long distinctOrders = orders.stream().distinct().count();
        assertThat(sum.brokerage()).isEqualTo(Money.ofWholeRupees(20 * distinctOrders));
        assertThat(sum.stt().paise() % 100).isZero();
        assertThat(sum.stampDuty().paise() % 100).isZero();
    }
}
