package io.optionsv4.core.strategy;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * What turns a strategy's leg template into concrete legs.
 *
 * @param strikes the strategy's strikes {@code K1, K2, ...} in rupees, in the order its {@link StrikeRule} requires
 *     (ascending)
 * @param premiumsPerUnit one premium per unit in rupees for each option leg, in the template's leg order (see
 *     {@link StrategyDefinition#legTemplates()}); all &gt;= 0
 * @param lots number of strategy lots; &gt; 0
 * @param lotSize units per lot, from reference data; &gt; 0
 * @param underlyingPrice entry price per unit of the underlying for strategies holding it (covered call); 0 when the
 *     strategy has no underlying leg
 * @param yearsBetweenExpiries years from the near to the far expiry for calendar and diagonal spreads; 0 otherwise
 */
public record StrategyInputs(
        List<Double> strikes,
        List<Double> premiumsPerUnit,
        int lots,
        int lotSize,
        double underlyingPrice,
        double yearsBetweenExpiries) {

    /** Validates the components and copies the lists. */
    public StrategyInputs {
        strikes = List.copyOf(Checks.notNull(strikes, "strikes"));
        premiumsPerUnit = List.copyOf(Checks.notNull(premiumsPerUnit, "premiumsPerUnit"));
        strikes.forEach(k -> Checks.positive(k, "strike"));
        premiumsPerUnit.forEach(p -> Checks.nonNegative(p, "premiumPerUnit"));
        Checks.positive(lots, "lots");
        Checks.positive(lotSize, "lotSize");
        Checks.nonNegative(underlyingPrice, "underlyingPrice");
        Checks.nonNegative(yearsBetweenExpiries, "yearsBetweenExpiries");
    }

    /** Returns inputs for one unit (one lot of size 1) with no underlying price and a single expiry. */
    public static StrategyInputs of(List<Double> strikes, List<Double> premiumsPerUnit) {
        return new StrategyInputs(strikes, premiumsPerUnit, 1, 1, 0.0, 0.0);
    }

    /** Returns a copy for {@code newLots} lots of {@code newLotSize} units each. */
    public StrategyInputs withLots(int newLots, int newLotSize) {
        return new StrategyInputs(strikes, premiumsPerUnit, newLots, newLotSize, underlyingPrice, yearsBetweenExpiries);
    }

    /** Returns a copy with the underlying's entry price per unit (for a covered call). */
    public StrategyInputs withUnderlyingPrice(double price) {
        return new StrategyInputs(strikes, premiumsPerUnit, lots, lotSize, price, yearsBetweenExpiries);
    }

    /** Returns a copy with the years between the near and the far expiry (for calendar and diagonal spreads). */
    public StrategyInputs withYearsBetweenExpiries(double years) {
        return new StrategyInputs(strikes, premiumsPerUnit, lots, lotSize, underlyingPrice, years);
    }

    /** Returns the number of units per strategy unit: lots times lot size. */
    public int units() {
        return Math.multiplyExact(lots, lotSize);
    }
}
