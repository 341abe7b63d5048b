package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RiskTolerance;
import java.time.LocalDate;
import java.util.List;

/**
 * An allocation as the store keeps it: the day, profile and capital, and one item per allocated strategy.
 *
 * @param allocationDate the analysis date allocated from
 * @param risk the risk profile
 * @param capitalPaise the total capital, paise, {@code > 0}
 * @param deployedPaise the basket margin of the portfolio, paise, {@code >= 0}
 * @param expectedPnlPaise the expected net P&amp;L of the portfolio over one plan holding period, paise
 * @param items the allocated strategies in report order
 */
public record StoredAllocation(
        LocalDate allocationDate,
        RiskTolerance risk,
        long capitalPaise,
        long deployedPaise,
        long expectedPnlPaise,
        List<StoredAllocationItem> items) {

    /** Validates the components and copies the items. */
    public StoredAllocation {
        Checks.notNull(allocationDate, "allocationDate");
        Checks.notNull(risk, "risk");
        Checks.argument(capitalPaise > 0, () -> "capitalPaise must be > 0 but was " + capitalPaise);
        Checks.argument(deployedPaise >= 0, () -> "deployedPaise must be >= 0 but was " + deployedPaise);
        items = List.copyOf(Checks.notNull(items, "items"));
    }
}
