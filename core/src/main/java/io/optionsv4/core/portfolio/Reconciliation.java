package io.optionsv4.core.portfolio;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of comparing the stored fills with the broker's trade book.
 *
 * @param day the trading day whose stored orders must all be at the broker
 * @param ordersCompared stored orders compared with the broker (the day's, and older ones the broker still reports)
 * @param brokerTrades the broker's trades read
 * @param foreignTrades broker trades whose tag is not one of ours (placed by hand or by another tool): not compared
 * @param differences every difference found, empty when the two agree
 */
public record Reconciliation(
        LocalDate day, int ordersCompared, int brokerTrades, int foreignTrades, List<FillDifference> differences) {

    /** Validates the components and copies the differences. */
    public Reconciliation {
        Checks.notNull(day, "day");
        Checks.argument(ordersCompared >= 0, () -> "ordersCompared must be >= 0 but was " + ordersCompared);
        Checks.argument(brokerTrades >= 0, () -> "brokerTrades must be >= 0 but was " + brokerTrades);
        Checks.argument(foreignTrades >= 0, () -> "foreignTrades must be >= 0 but was " + foreignTrades);
        differences = List.copyOf(Checks.notNull(differences, "differences"));
    }

    /** Returns true when nothing differs. */
    public boolean consistent() {
        return differences.isEmpty();
    }

    /** Returns the differences the broker's figures settle (a price to replace). */
    public List<FillDifference> fixable() {
        return differences.stream().filter(d -> d.fix().isPresent()).toList();
    }
}
