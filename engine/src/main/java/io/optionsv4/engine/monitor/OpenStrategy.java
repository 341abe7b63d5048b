package io.optionsv4.engine.monitor;

import io.optionsv4.core.exit.ExitRules;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An open strategy as the monitor follows it: its open legs as filled, its exit rules in rupees of the lots held, and
 * what has happened since entry.
 *
 * @param strategyId the stored strategy's id
 * @param symbol the underlying
 * @param strategyType the strategy's name, e.g. {@code Iron Condor}
 * @param entryDate the entry day
 * @param legs the open legs, at least one
 * @param rules the exit rules scaled to the lots held
 * @param entryCostsRupees the charges booked at entry
 * @param realisedRupees net P&amp;L already realised by partial exits
 * @param closedFraction the share of the original position already closed, in [0, 1)
 * @param peakPnlRupees the highest net P&amp;L recorded so far (for the trailing stop)
 * @param actedRules keys of partial-close rules already carried out
 */
public record OpenStrategy(
        long strategyId,
        String symbol,
        String strategyType,
        LocalDate entryDate,
        List<OpenLeg> legs,
        ExitRules rules,
        double entryCostsRupees,
        double realisedRupees,
        double closedFraction,
        double peakPnlRupees,
        Set<String> actedRules) {

    /** Validates the strategy and copies the collections. */
    public OpenStrategy {
        Checks.notBlank(symbol, "symbol");
        Checks.notBlank(strategyType, "strategyType");
        Checks.notNull(entryDate, "entryDate");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), "strategy " + strategyId + " has no open legs");
        Checks.notNull(rules, "rules");
        Checks.nonNegative(entryCostsRupees, "entryCostsRupees");
        Checks.finite(realisedRupees, "realisedRupees");
        Checks.argument(
                closedFraction >= 0 && closedFraction < 1, "closedFraction must be in [0, 1): " + closedFraction);
        Checks.finite(peakPnlRupees, "peakPnlRupees");
        actedRules = Set.copyOf(Checks.notNull(actedRules, "actedRules"));
        for (OpenLeg leg : legs) {
            Checks.argument(
                    leg.instrument().underlying().equals(symbol),
                    "leg " + leg.legIndex() + " of strategy " + strategyId + " is on "
                            + leg.instrument().underlying() + ", not " + symbol);
        }
    }

    /** Returns the nearest expiry among the open legs. */
    public LocalDate nearestExpiry() {
        return legs.stream()
                .map(l -> l.instrument().expiry())
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }
}
