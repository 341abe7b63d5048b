package io.optionsv4.core.exit;

import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.costs.OptionOrder;
import io.optionsv4.core.probability.OptionLeg;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The trading costs a plan's expected P&amp;L is net of: a fixed cost of opening the whole position and the cost of
 * closing part or all of it as a function of the absolute model value closed (both rupees, {@code >= 0}). Zero by
 * {@link #NONE}; {@link #of} gives the cost stack of {@code core.costs}. Immutable when the function is.
 *
 * @param entryRupees the cost of opening the whole position, rupees, {@code >= 0}
 * @param exitRupees the cost of closing options worth the given absolute rupees, returning rupees {@code >= 0}
 */
public record PlanCosts(double entryRupees, DoubleUnaryOperator exitRupees) {

    /** No costs. */
    public static final PlanCosts NONE = new PlanCosts(0.0, value -> 0.0);

    /** Validates the costs. */
    public PlanCosts {
        Checks.nonNegative(entryRupees, "entryRupees");
        Checks.notNull(exitRupees, "exitRupees");
    }

    /**
     * Returns the cost stack of {@code legs}: the entry contract note on {@code tradeDate} and, for closing, a line
     * fitted through the closing notes on {@code exitDate} of the whole position at its entry premiums and at twice
     * them ({@code fixed + rate x value}: brokerage and GST on it per order, the charges on premium in proportion).
     * Every close is one order per leg.
     *
     * @throws IllegalArgumentException when the rate table does not cover a date
     */
    public static PlanCosts of(CostCalculator costs, List<OptionLeg> legs, LocalDate tradeDate, LocalDate exitDate) {
        Checks.notNull(costs, "costs");
        Checks.argument(!Checks.notNull(legs, "legs").isEmpty(), "legs must not be empty");
        List<OptionOrder> opening = new ArrayList<>(legs.size());
        for (OptionLeg leg : legs) {
            opening.add(new OptionOrder(tradeDate, leg.side(), leg.premiumPerUnit(), Math.abs(leg.quantity())));
        }
        double entry = costs.contractNote(tradeDate, opening, List.of())
                .charges()
                .total()
                .rupees();
        double value = 0;
        for (OptionLeg leg : legs) {
            value += Math.abs(leg.quantity()) * leg.premiumPerUnit();
        }
        double once = close(costs, legs, exitDate, 1);
        double twice = close(costs, legs, exitDate, 2);
        if (!(value > 0)) {
            return new PlanCosts(entry, v -> once);
        }
        double rate = Math.max(0, (twice - once) / value);
        double fixed = Math.max(0, once - rate * value);
        return new PlanCosts(entry, v -> fixed + rate * v);
    }

    private static double close(CostCalculator costs, List<OptionLeg> legs, LocalDate exitDate, double scale) {
        List<OptionOrder> orders = new ArrayList<>(legs.size());
        for (OptionLeg leg : legs) {
            orders.add(new OptionOrder(
                    exitDate, leg.side().opposite(), leg.premiumPerUnit() * scale, Math.abs(leg.quantity())));
        }
        return costs.contractNote(exitDate, orders, List.of()).charges().total().rupees();
    }

    /** Returns true unless these are {@link #NONE}. */
    public boolean included() {
        return this != NONE;
    }

    /** Returns the cost of closing options worth {@code absoluteValue} rupees. */
    double exit(double absoluteValue) {
        return exitRupees.applyAsDouble(Math.abs(absoluteValue));
    }
}
