package io.optionsv4.core.exit;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.ExitLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An executed strategy with open legs, as the books hold it, with its stored exit plan.
 *
 * @param strategyId the strategy
 * @param symbol the underlying
 * @param strategyName the strategy's name
 * @param entryDate the day it was entered
 * @param spotAtAnalysis the underlying's price when the strategy was built (for adjustment directions)
 * @param legs the executed legs (fully closed legs included, for the realised P&amp;L)
 * @param charges every charge booked on the strategy so far (entry and any partial exits)
 * @param exitLevels the stored exit levels, in their stored order
 * @param actedRules the partial-close rules already carried out
 */
public record HeldStrategy(
        long strategyId,
        String symbol,
        String strategyName,
        LocalDate entryDate,
        double spotAtAnalysis,
        List<HeldLeg> legs,
        Money charges,
        List<ExitLevel> exitLevels,
        Set<String> actedRules) {

    /** Validates the strategy and copies the collections. */
    public HeldStrategy {
        Checks.notBlank(symbol, "symbol");
        Checks.notBlank(strategyName, "strategyName");
        Checks.notNull(entryDate, "entryDate");
        Checks.positive(spotAtAnalysis, "spotAtAnalysis");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), () -> "strategy " + strategyId + " has no legs");
        Checks.notNull(charges, "charges");
        exitLevels = List.copyOf(Checks.notNull(exitLevels, "exitLevels"));
        actedRules = Set.copyOf(Checks.notNull(actedRules, "actedRules"));
    }

    /** Returns true when every leg is closed. */
    public boolean closed() {
        return legs.stream().allMatch(l -> l.openQuantity() == 0);
    }

    /** Returns the share of the position closed on every leg: the smallest closed share of any leg. */
    public double closedFraction() {
        return legs.stream()
                .mapToDouble(l -> l.closedQuantity() / (double) l.quantity())
                .min()
                .orElse(0);
    }
}
