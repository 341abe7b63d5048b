package io.optionsv4.engine.paper;

import io.optionsv4.core.costs.Charges;
import io.optionsv4.core.costs.ContractNote;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.Exercise;
import io.optionsv4.core.costs.OrderTurnover;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.Fill;
import io.optionsv4.core.trade.paper.BookedFill;
import io.optionsv4.core.trade.paper.Settlement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Books charges per fill so that a day's fills add up to that day's contract note exactly.
 *
 * <p>A contract note charges brokerage, exchange charges, SEBI fee, IPFT and GST per executed order (an order filled in
 * parts is one order) and STT and stamp duty on the day's totals, rounded to the rupee. A fill is booked with the
 * growth of its day's note: the note of the day's fills including this one, minus what the day's earlier fills (and
 * the expiry settlements of that day) were booked with. Every component of the note only grows as fills are added, so
 * each booking is {@code >= 0}, and the bookings of a day telescope to the day's note. Expiry settlements book the
 * exercise STT on the expiry day's note the same way. Thread-safe.
 */
final class DayCharges {

    private final CostCalculator costs;

    DayCharges(CostCalculator costs) {
        this.costs = Checks.notNull(costs, "costs");
    }

    /** Returns true when the rate table covers {@code day}. */
    boolean covers(LocalDate day) {
        return costs.schedule().covers(day);
    }

    /** Returns the charges to book with {@code fill}, given the account's fills and settlements so far. */
    Charges forFill(Fill fill, List<BookedFill> fills, List<Settlement> settlements) {
        LocalDate day = MarketHours.date(fill.time());
        List<Fill> dayFills = new ArrayList<>();
        for (BookedFill b : fills) {
            if (MarketHours.date(b.fill().time()).equals(day)) {
                dayFills.add(b.fill());
            }
        }
        dayFills.add(fill);
        return growth(day, dayFills, exercises(day, settlements, null), fills, settlements);
    }

    /** Returns the charges to book with {@code settlement}, given the account's fills and settlements so far. */
    Charges forSettlement(Settlement settlement, List<BookedFill> fills, List<Settlement> settlements) {
        LocalDate day = settlement.instrument().expiry();
        List<Fill> dayFills = new ArrayList<>();
        for (BookedFill b : fills) {
            if (MarketHours.date(b.fill().time()).equals(day)) {
                dayFills.add(b.fill());
            }
        }
        return growth(day, dayFills, exercises(day, settlements, settlement), fills, settlements);
    }

    /** Returns the contract note of {@code day} for the fills and settlements of the account. */
    ContractNote note(LocalDate day, List<BookedFill> fills, List<Settlement> settlements) {
        List<Fill> dayFills = new ArrayList<>();
        for (BookedFill b : fills) {
            if (MarketHours.date(b.fill().time()).equals(day)) {
                dayFills.add(b.fill());
            }
        }
        return costs.contractNoteOf(day, turnovers(day, dayFills), exercises(day, settlements, null));
    }

    private Charges growth(
            LocalDate day,
            List<Fill> dayFills,
            List<Exercise> exercises,
            List<BookedFill> fills,
            List<Settlement> settlements) {
        Charges note =
                costs.contractNoteOf(day, turnovers(day, dayFills), exercises).charges();
        Charges booked = Charges.NONE;
        for (BookedFill b : fills) {
            if (MarketHours.date(b.fill().time()).equals(day)) {
                booked = booked.plus(b.charges());
            }
        }
        for (Settlement s : settlements) {
            if (s.instrument().expiry().equals(day)) {
                booked = booked.plus(s.charges());
            }
        }
        return minus(note, booked);
    }

    private static List<OrderTurnover> turnovers(LocalDate day, List<Fill> dayFills) {
        Map<String, Side> sides = new LinkedHashMap<>();
        Map<String, Money> values = new LinkedHashMap<>();
        for (Fill f : dayFills) {
            sides.put(f.orderId(), f.side());
            values.merge(f.orderId(), f.value(), Money::plus);
        }
        List<OrderTurnover> orders = new ArrayList<>(values.size());
        values.forEach((id, value) -> orders.add(new OrderTurnover(day, sides.get(id), value)));
        return orders;
    }

    private static List<Exercise> exercises(LocalDate day, List<Settlement> settlements, Settlement added) {
        List<Settlement> all = new ArrayList<>(settlements);
        if (added != null) {
            all.add(added);
        }
        List<Exercise> exercises = new ArrayList<>();
        for (Settlement s : all) {
            if (s.instrument().expiry().equals(day) && s.quantity() > 0) {
                exercises.add(new Exercise(
                        s.instrument().right(),
                        s.instrument().strike().rupees(),
                        s.quantity(),
                        s.underlyingPrice().rupees()));
            }
        }
        return exercises;
    }

    private static Charges minus(Charges a, Charges b) {
        return new Charges(
                a.brokerage().minus(b.brokerage()),
                a.stt().minus(b.stt()),
                a.exchange().minus(b.exchange()),
                a.sebi().minus(b.sebi()),
                a.stampDuty().minus(b.stampDuty()),
                a.ipft().minus(b.ipft()),
                a.gst().minus(b.gst()));
    }
}
