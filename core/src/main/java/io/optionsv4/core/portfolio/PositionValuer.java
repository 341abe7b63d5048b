package io.optionsv4.core.portfolio;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.Exercise;
import io.optionsv4.core.costs.OptionOrder;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Values the open legs of a strategy at their current prices: the gross P&amp;L at the executable price (what closing
 * now would get) and at the mid, the estimated exit costs from the cost stack (one order per leg on the as-of date;
 * exercise STT for an expired long leg in the money), and the net. Current prices are rounded half up to the paisa
 * once. Thread-safe.
 */
public final class PositionValuer {

    private final CostCalculator costs;

    /** Creates a valuer that estimates exit costs with {@code costs}. */
    public PositionValuer(CostCalculator costs) {
        this.costs = Checks.notNull(costs, "costs");
    }

    /**
     * Values {@code openLegs} of {@code strategy}.
     *
     * @param prices the current price of each leg
     * @param asOf the day the legs would be closed on (the cost rates' date)
     * @throws IllegalArgumentException when a leg is closed, or the cost schedule has no rates for a date needed
     */
    public StrategyPosition value(
            TrackedStrategy strategy,
            List<TradeLeg> openLegs,
            Function<TradeLeg, CurrentPrice> prices,
            LocalDate asOf) {
        Checks.notNull(strategy, "strategy");
        Checks.notNull(openLegs, "openLegs");
        Checks.notNull(prices, "prices");
        Checks.notNull(asOf, "asOf");
        List<LegValuation> legs = new ArrayList<>();
        for (TradeLeg leg : openLegs) {
            Checks.argument(leg.open(), () -> "trade " + leg.tradeId() + " is closed");
            legs.add(leg(leg, Checks.notNull(prices.apply(leg), "price"), asOf));
        }
        boolean priced = legs.stream().allMatch(LegValuation::priced);
        return new StrategyPosition(strategy, legs, priced ? Optional.of(exitCosts(legs, asOf)) : Optional.empty());
    }

    private LegValuation leg(TradeLeg leg, CurrentPrice price, LocalDate asOf) {
        return switch (price) {
            case CurrentPrice.Quoted q -> {
                Money close = Money.ofRupees(q.executable(), RoundingMode.HALF_UP);
                Money mid = Money.ofRupees(q.mid(), RoundingMode.HALF_UP);
                Money cost = q.executable() > 0
                        ? costs.order(closingOrder(leg, q, asOf)).total()
                        : Money.ZERO;
                yield new LegValuation(
                        leg, price, Optional.of(leg.grossAt(close)), Optional.of(leg.grossAt(mid)), Optional.of(cost));
            }
            case CurrentPrice.Settled s -> {
                Money gross = leg.grossAt(Money.ofRupees(s.value(), RoundingMode.HALF_UP));
                Money cost = leg.side() == Side.BUY
                        ? costs.contractNote(leg.contract().expiry(), List.of(), List.of(exercise(leg, s)))
                                .charges()
                                .total()
                        : Money.ZERO;
                yield new LegValuation(leg, price, Optional.of(gross), Optional.of(gross), Optional.of(cost));
            }
            case CurrentPrice.Unavailable u ->
                new LegValuation(leg, price, Optional.empty(), Optional.empty(), Optional.empty());
        };
    }

    private Money exitCosts(List<LegValuation> legs, LocalDate asOf) {
        List<OptionOrder> orders = new ArrayList<>();
        Map<LocalDate, List<Exercise>> exercises = new TreeMap<>();
        for (LegValuation v : legs) {
            TradeLeg leg = v.leg();
            if (v.price() instanceof CurrentPrice.Quoted q && q.executable() > 0) {
                orders.add(closingOrder(leg, q, asOf));
            } else if (v.price() instanceof CurrentPrice.Settled s && leg.side() == Side.BUY) {
                exercises
                        .computeIfAbsent(leg.contract().expiry(), d -> new ArrayList<>())
                        .add(exercise(leg, s));
            }
        }
        Money total = orders.isEmpty()
                ? Money.ZERO
                : costs.contractNote(asOf, orders, List.of()).charges().total();
        for (Map.Entry<LocalDate, List<Exercise>> e : exercises.entrySet()) {
            total = total.plus(costs.contractNote(e.getKey(), List.of(), e.getValue())
                    .charges()
                    .total());
        }
        return total;
    }

    private static OptionOrder closingOrder(TradeLeg leg, CurrentPrice.Quoted q, LocalDate asOf) {
        return new OptionOrder(asOf, leg.side().opposite(), q.executable(), leg.quantity());
    }

    private static Exercise exercise(TradeLeg leg, CurrentPrice.Settled s) {
        return new Exercise(leg.contract().right(), leg.contract().strike().rupees(), leg.quantity(), s.spot());
    }
}
