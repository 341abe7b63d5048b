package io.optionsv4.core.costs;

import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.result.Checks;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The NSE option cost stack over a {@link CostSchedule} and a {@link Brokerage} setting: charges per order, per
 * contract note (one trading day) and per strategy round trip.
 *
 * <p>Rounding rules (also in {@code docs/costs.md}):
 *
 * <ul>
 *   <li>premium turnover of an order = premium per unit rounded half up to the paisa × quantity;
 *   <li>per order, every component is the exact product of its rate and base, rounded once half up to the paisa:
 *       brokerage, exchange charges, SEBI fee and IPFT on the premium turnover (both sides), STT on the sell side,
 *       stamp duty on the buy side; GST (18 %; service tax at the date's rate before 2017-07-01) is charged on that
 *       order's brokerage + exchange + SEBI + IPFT, half up to the paisa;
 *   <li>per contract note, brokerage, exchange, SEBI, IPFT and GST are the sums of the orders' figures; STT is
 *       recomputed on the day's totals (sell premium × rate plus exercised intrinsic value × exercise rate plus
 *       exercised settlement value × settlement-value exercise rate, each to the paisa; before 2019-09-01 the exercise
 *       STT is on the full settlement value, from then on the intrinsic value) and stamp duty on the day's buy
 *       premium, and both are rounded half up to the rupee, as brokers' contract notes show them.
 * </ul>
 *
 * <p>Exercise at expiry pays only STT on the long legs (intrinsic value, or settlement value before 2019-09-01): no
 * brokerage, exchange charges, SEBI fee, stamp duty or GST are modelled on settlement, and the physical delivery that
 * follows an exercised stock option (delivery STT and stamp duty on the shares) is not modelled. Stateless apart from
 * its settings; thread-safe.
 */
public final class CostCalculator {

    private static final RoundingMode PAISA = RoundingMode.HALF_UP;

    private final CostSchedule schedule;
    private final Brokerage brokerage;

    /** Returns a calculator over {@code schedule} charging {@code brokerage} per executed order. */
    public CostCalculator(CostSchedule schedule, Brokerage brokerage) {
        this.schedule = Checks.notNull(schedule, "schedule");
        this.brokerage = Checks.notNull(brokerage, "brokerage");
    }

    /** Returns the calculator of the bundled NSE rate table with Dhan's ₹20 per order. */
    public static CostCalculator nseDhan() {
        return new CostCalculator(CostSchedule.nse(), Brokerage.DHAN_OPTIONS);
    }

    /** Returns the rate table this calculator charges from. */
    public CostSchedule schedule() {
        return schedule;
    }

    /**
     * Returns the charges of one executed order, each component to the paisa.
     *
     * @throws IllegalArgumentException when the schedule has no rate for the order's trade date
     */
    public Charges order(OptionOrder order) {
        Checks.notNull(order, "order");
        return orderCharges(schedule.ratesOn(order.tradeDate()), order.side(), order.premiumTurnover());
    }

    private Charges orderCharges(ChargeRates r, Side side, Money turnover) {
        Money fee = brokerage.perOrder(turnover);
        Money exchange = r.exchangeTransaction().applyTo(turnover, PAISA);
        Money sebi = r.sebiTurnover().applyTo(turnover, PAISA);
        Money ipft = r.ipft().applyTo(turnover, PAISA);
        Money gst = r.gst().applyTo(fee.plus(exchange).plus(sebi).plus(ipft), PAISA);
        Money stt = side == Side.SELL ? r.sttSellPremium().applyTo(turnover, PAISA) : Money.ZERO;
        Money stamp = side == Side.BUY ? r.stampDutyBuy().applyTo(turnover, PAISA) : Money.ZERO;
        return new Charges(fee, stt, exchange, sebi, stamp, ipft, gst);
    }

    /**
     * Returns the contract note of {@code tradeDate}: the orders executed that day and the long options exercised at
     * that day's expiry (out-of-the-money exercises are ignored: they lapse).
     *
     * @throws IllegalArgumentException when an order's trade date is not {@code tradeDate}, or the schedule has no rate
     *     for the date
     */
    public ContractNote contractNote(LocalDate tradeDate, List<OptionOrder> orders, List<Exercise> exercises) {
        Checks.notNull(orders, "orders");
        List<OrderTurnover> turnovers = new ArrayList<>(orders.size());
        for (OptionOrder o : orders) {
            turnovers.add(new OrderTurnover(o.tradeDate(), o.side(), o.premiumTurnover()));
        }
        return contractNoteOf(tradeDate, turnovers, exercises);
    }

    /**
     * Returns the contract note of {@code tradeDate} from the exact premium turnover of each executed order (a broker's
     * booking, where an order may have traded in parts at several prices), by the same rules as {@link #contractNote}.
     *
     * @throws IllegalArgumentException when an order's trade date is not {@code tradeDate}, or the schedule has no rate
     *     for the date
     */
    public ContractNote contractNoteOf(LocalDate tradeDate, List<OrderTurnover> orders, List<Exercise> exercises) {
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(orders, "orders");
        Checks.notNull(exercises, "exercises");
        ChargeRates r = schedule.ratesOn(tradeDate);
        Charges perOrder = Charges.NONE;
        Money buy = Money.ZERO;
        Money sell = Money.ZERO;
        for (OrderTurnover o : orders) {
            if (!o.tradeDate().equals(tradeDate)) {
                throw new IllegalArgumentException("order of " + o.tradeDate() + " on the note of " + tradeDate);
            }
            Money turnover = o.premiumTurnover();
            perOrder = perOrder.plus(orderCharges(r, o.side(), turnover));
            buy = o.side() == Side.BUY ? buy.plus(turnover) : buy;
            sell = o.side() == Side.SELL ? sell.plus(turnover) : sell;
        }
        Money exercised = Money.ZERO;
        Money settled = Money.ZERO;
        for (Exercise e : exercises) {
            exercised = e.inTheMoney() ? exercised.plus(e.intrinsicValue()) : exercised;
            settled = e.inTheMoney() ? settled.plus(e.settlementValue()) : settled;
        }
        Money stt = r.sttSellPremium()
                .applyTo(sell, PAISA)
                .plus(r.sttExercise().applyTo(exercised, PAISA))
                .plus(r.sttExerciseSettlement().applyTo(settled, PAISA))
                .roundedToRupee(PAISA);
        Money stamp = r.stampDutyBuy().applyTo(buy, PAISA).roundedToRupee(PAISA);
        Charges charges = new Charges(
                perOrder.brokerage(),
                stt,
                perOrder.exchange(),
                perOrder.sebi(),
                stamp,
                perOrder.ipft(),
                perOrder.gst());
        return new ContractNote(tradeDate, buy, sell, exercised, settled, orders.size(), charges);
    }

    /**
     * Returns the costs of opening {@code legs} on {@code entryDate} and closing them by orders on {@code exitDate} at
     * {@code exitPremiums} (rupees per unit, in the order of the legs). One order per leg each way.
     *
     * @param legs the option legs: signed quantity in units (positive bought at entry), entry premium per unit
     * @throws IllegalArgumentException when the sizes differ, a premium is negative or a date has no rates
     */
    public RoundTripCosts closedAt(
            List<OptionLeg> legs, LocalDate entryDate, LocalDate exitDate, double[] exitPremiums) {
        Checks.notNull(legs, "legs");
        Checks.notNull(exitPremiums, "exitPremiums");
        if (exitPremiums.length != legs.size()) {
            throw new IllegalArgumentException(legs.size() + " legs but " + exitPremiums.length + " exit premiums");
        }
        List<OptionOrder> exits = new ArrayList<>(legs.size());
        for (int i = 0; i < legs.size(); i++) {
            OptionLeg leg = legs.get(i);
            exits.add(new OptionOrder(exitDate, leg.side().opposite(), exitPremiums[i], Math.abs(leg.quantity())));
        }
        return new RoundTripCosts(entry(legs, entryDate), contractNote(exitDate, exits, List.of()), false);
    }

    /**
     * Returns the costs of opening {@code legs} on {@code entryDate} and holding them to expiry on {@code expiryDate},
     * where the underlying settles at {@code settlementPrice}: exercise STT on in-the-money long legs, nothing on the
     * rest. Every leg must expire on {@code expiryDate} (yearsAfterFirstExpiry 0).
     *
     * @throws IllegalArgumentException for a leg of a later expiry, a settlement price that is not positive, or a date
     *     without rates
     */
    public RoundTripCosts settledAt(
            List<OptionLeg> legs, LocalDate entryDate, LocalDate expiryDate, double settlementPrice) {
        Checks.notNull(legs, "legs");
        List<Exercise> exercises = new ArrayList<>(legs.size());
        for (OptionLeg leg : legs) {
            if (!leg.expiresFirst()) {
                throw new IllegalArgumentException(
                        "leg " + leg + " expires after " + expiryDate + ": close it instead");
            }
            if (leg.quantity() > 0) {
                exercises.add(new Exercise(leg.right(), leg.strike(), leg.quantity(), settlementPrice));
            }
        }
        return new RoundTripCosts(entry(legs, entryDate), contractNote(expiryDate, List.of(), exercises), true);
    }

    private ContractNote entry(List<OptionLeg> legs, LocalDate entryDate) {
        List<OptionOrder> orders = new ArrayList<>(legs.size());
        for (OptionLeg leg : legs) {
            orders.add(new OptionOrder(entryDate, leg.side(), leg.premiumPerUnit(), Math.abs(leg.quantity())));
        }
        return contractNote(entryDate, orders, List.of());
    }
}
