package io.optionsv4.engine.pipeline;

import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Rejection;
import io.optionsv4.core.selection.RejectionReason;
import io.optionsv4.core.selection.SymbolAnalysis;
import java.util.List;
import java.util.Optional;

/** What a run did with one symbol: strategies kept, or none and why. */
public sealed interface SymbolOutcome permits SymbolOutcome.Analysed, SymbolOutcome.NoStrategy {

    /** Returns the symbol. */
    String symbol();

    /** Returns the strategies that were built but not kept, with reasons. */
    List<Rejection> rejections();

    /**
     * The symbol got strategies.
     *
     * @param symbol the underlying
     * @param underlying the full market analysis
     * @param analysis the stored record (market figures and recommendations)
     * @param strategies the kept strategies, best first
     * @param rejections the strategies not kept, with reasons
     * @param storeError why storing failed, when it did (the analysis is still reported)
     */
    record Analysed(
            String symbol,
            UnderlyingAnalysis underlying,
            SymbolAnalysis analysis,
            List<RankedStrategy> strategies,
            List<Rejection> rejections,
            Optional<String> storeError)
            implements SymbolOutcome {
        /** Validates the components and copies the lists. */
        public Analysed {
            Checks.notBlank(symbol, "symbol");
            Checks.notNull(underlying, "underlying");
            Checks.notNull(analysis, "analysis");
            strategies = List.copyOf(Checks.notNull(strategies, "strategies"));
            Checks.argument(!strategies.isEmpty(), "an analysed symbol has at least one strategy: " + symbol);
            rejections = List.copyOf(Checks.notNull(rejections, "rejections"));
            Checks.notNull(storeError, "storeError");
        }
    }

    /**
     * The symbol got no strategy.
     *
     * @param symbol the underlying
     * @param underlying the market analysis, when it got that far
     * @param reason why, counted in the run summary
     * @param detail the reason in words with the numbers
     * @param rejections every strategy tried and why it was not kept
     */
    record NoStrategy(
            String symbol,
            Optional<UnderlyingAnalysis> underlying,
            RejectionReason reason,
            String detail,
            List<Rejection> rejections)
            implements SymbolOutcome {
        /** Validates the components and copies the list. */
        public NoStrategy {
            Checks.notBlank(symbol, "symbol");
            Checks.notNull(underlying, "underlying");
            Checks.notNull(reason, "reason");
            Checks.notNull(detail, "detail");
            rejections = List.copyOf(Checks.notNull(rejections, "rejections"));
        }
    }
}
