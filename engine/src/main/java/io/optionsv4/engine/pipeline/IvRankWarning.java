package io.optionsv4.engine.pipeline;

import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.result.Checks;
import java.util.List;
import java.util.Optional;

/**
 * The run's warning when symbols have no IV rank (issue 13, item 5): how many, why for the first of them, and what that
 * changes. The pipeline adds it to the run's warnings (report and JSON); {@code analyze} also prints it on standard
 * error.
 */
public final class IvRankWarning {

    private IvRankWarning() {}

    /** Returns the warning for {@code outcomes}, empty when every analysed symbol has an IV rank. */
    public static Optional<String> of(List<SymbolOutcome> outcomes) {
        Checks.notNull(outcomes, "outcomes");
        int assessed = 0;
        int unranked = 0;
        String example = "";
        for (SymbolOutcome outcome : outcomes) {
            Optional<UnderlyingAnalysis> underlying = switch (outcome) {
                case SymbolOutcome.Analysed a -> Optional.of(a.underlying());
                case SymbolOutcome.NoStrategy n -> n.underlying();
            };
            if (underlying.isPresent() && underlying.get().iv() instanceof IvAssessment iv) {
                assessed++;
                if (iv.rankUnavailable().isPresent()) {
                    if (unranked == 0) {
                        example = outcome.symbol() + ": " + iv.rankUnavailable().get();
                    }
                    unranked++;
                }
            }
        }
        if (unranked == 0) {
            return Optional.empty();
        }
        return Optional.of("IV rank unavailable for " + unranked + " of " + assessed + " symbols (e.g. " + example
                + "): the IV environment is not used to choose strategies and the IV fit scores neutrally; IV is"
                + " never ranked against realised volatility. Build the history with a database on a source that"
                + " serves past days ('analyze' backfills " + IvBackfill.DEFAULT_SESSIONS
                + " sessions, 'iv collect --from D --to D' any range)");
    }
}
