package io.optionsv4.engine.pipeline;

import io.optionsv4.core.analysis.AnalysisBasis;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The run's warning when indices were analysed from daily candles that carry no traded volume (e.g. NIFTY before
 * 21 Jan 2013 in the historical market): which, and what that leaves out. The pipeline adds it to the run's warnings
 * (report and JSON), as {@link ChainsOnlyWarning} for the indices without any history.
 */
public final class NoVolumeWarning {

    private NoVolumeWarning() {}

    /** Returns the warning for {@code outcomes}, empty when every analysis with a price history had volume. */
    public static Optional<String> of(List<SymbolOutcome> outcomes) {
        Checks.notNull(outcomes, "outcomes");
        List<String> symbols = outcomes.stream()
                .filter(o -> underlying(o)
                        .map(u -> u.basis() == AnalysisBasis.PRICE_HISTORY_WITHOUT_VOLUME)
                        .orElse(false))
                .map(SymbolOutcome::symbol)
                .toList();
        if (symbols.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("analysed without a volume profile (the daily candles carry no traded volume): "
                + String.join(", ", symbols)
                + "; no value area (an index's levels are its swing points, round numbers, OI walls and max pain;"
                + " a stock's analysis stops there)");
    }

    private static Optional<UnderlyingAnalysis> underlying(SymbolOutcome outcome) {
        return switch (outcome) {
            case SymbolOutcome.Analysed a -> Optional.of(a.underlying());
            case SymbolOutcome.NoStrategy n -> n.underlying();
        };
    }
}
