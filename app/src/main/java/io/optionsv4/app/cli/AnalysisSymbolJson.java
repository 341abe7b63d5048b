package io.optionsv4.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.optionsv4.core.selection.Rejection;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import java.util.List;

/**
 * One symbol of the {@code analyze} document ({@link AnalysisJson}): its status, the analysis of its underlying
 * ({@link AnalysisUnderlyingJson}), its strategies ({@link AnalysisStrategyJson}) and the strategies not kept.
 */
final class AnalysisSymbolJson {

    private AnalysisSymbolJson() {}

    /** A symbol: {@link Analysed} with strategies, or {@link NoStrategy}. */
    sealed interface Entry permits Analysed, NoStrategy {}

    /**
     * A symbol with strategies.
     *
     * @param symbol the underlying
     * @param status {@code ANALYSED}
     * @param analysis the analysis of the underlying
     * @param strategies the ranked strategies
     * @param storeError why storing failed, absent when it did not
     * @param rejectedStrategies the strategies not kept
     */
    record Analysed(
            String symbol,
            String status,
            AnalysisUnderlyingJson.Analysis analysis,
            List<AnalysisStrategyJson.Strategy> strategies,
            @JsonInclude(JsonInclude.Include.NON_NULL) String storeError,
            List<Rejected> rejectedStrategies)
            implements Entry {}

    /**
     * A symbol without a strategy.
     *
     * @param symbol the underlying
     * @param status {@code NO_STRATEGY}
     * @param reason why, as a code
     * @param reasonText why, in words
     * @param detail the figures behind it
     * @param analysis the analysis of the underlying, absent when it did not get that far
     * @param rejectedStrategies the strategies not kept
     */
    record NoStrategy(
            String symbol,
            String status,
            String reason,
            String reasonText,
            String detail,
            @JsonInclude(JsonInclude.Include.NON_NULL) AnalysisUnderlyingJson.Analysis analysis,
            List<Rejected> rejectedStrategies)
            implements Entry {}

    /**
     * A strategy not kept.
     *
     * @param strategy its name
     * @param reason why, as a code
     * @param detail the figures behind it
     */
    record Rejected(String strategy, String reason, String detail) {}

    /** Returns the entry of {@code outcome}. */
    static Entry entry(SymbolOutcome outcome) {
        List<Rejected> rejected =
                outcome.rejections().stream().map(AnalysisSymbolJson::rejected).toList();
        return switch (outcome) {
            case SymbolOutcome.Analysed a ->
                new Analysed(
                        a.symbol(),
                        "ANALYSED",
                        AnalysisUnderlyingJson.analysis(a.underlying()),
                        a.strategies().stream()
                                .map(s -> AnalysisStrategyJson.strategy(s, a.underlying()))
                                .toList(),
                        a.storeError().orElse(null),
                        rejected);
            case SymbolOutcome.NoStrategy n ->
                new NoStrategy(
                        n.symbol(),
                        "NO_STRATEGY",
                        n.reason().name(),
                        n.reason().label(),
                        n.detail(),
                        n.underlying().map(AnalysisUnderlyingJson::analysis).orElse(null),
                        rejected);
        };
    }

    private static Rejected rejected(Rejection r) {
        return new Rejected(r.strategyName(), r.reason().name(), r.detail());
    }
}
