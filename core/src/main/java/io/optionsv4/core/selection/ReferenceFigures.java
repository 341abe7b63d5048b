package io.optionsv4.core.selection;

import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.result.Checks;

/**
 * A candidate's figures at the legs' reference prices (the mid, or the close where the source has no book), kept
 * beside the figures at executable prices to show what the bid-ask spread costs.
 *
 * @param netPremium rupees for the whole position at reference prices: &gt; 0 a credit, &lt; 0 a debit
 * @param figures max profit/loss, breakevens, PoP and EV at reference prices
 */
public record ReferenceFigures(double netPremium, StrategyFigures figures) {
    /** Validates the components. */
    public ReferenceFigures {
        Checks.finite(netPremium, "netPremium");
        Checks.notNull(figures, "figures");
    }
}
