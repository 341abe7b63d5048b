package io.optionsv4.engine.pipeline;

import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The run's warning when indices were analysed from their option chains alone (issue 13, item 7): which, and what that
 * leaves out. The pipeline adds it to the run's warnings (report and JSON); {@code analyze} also prints it on standard
 * error.
 */
public final class ChainsOnlyWarning {

    private ChainsOnlyWarning() {}

    /** Returns the warning for {@code outcomes}, empty when every analysis had a price history. */
    public static Optional<String> of(List<SymbolOutcome> outcomes) {
        Checks.notNull(outcomes, "outcomes");
        List<String> symbols = outcomes.stream()
                .filter(o -> underlying(o).map(UnderlyingAnalysis::chainsOnly).orElse(false))
                .map(SymbolOutcome::symbol)
                .toList();
        if (symbols.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("analysed from the option chains alone, without a daily price history of the index in the"
                + " data source: " + String.join(", ", symbols) + " (spot = the nearest expiry's forward, future or"
                + " put-call parity, discounted to today; no trend: neutral outlook; no realised volatility: expected"
                + " values at the market's IVs; levels from OI walls, round numbers and max pain)");
    }

    private static Optional<UnderlyingAnalysis> underlying(SymbolOutcome outcome) {
        return switch (outcome) {
            case SymbolOutcome.Analysed a -> Optional.of(a.underlying());
            case SymbolOutcome.NoStrategy n -> n.underlying();
        };
    }
}
