package io.optionsv4.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketConditionsResult;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.selection.CapitalSettings;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.RunSummary;
import io.optionsv4.marketdata.replay.DataQualityReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The JSON document of an {@code analyze} run ({@code results/options_v4_analysis_YYYYMMDD_HHMMSS.json}, or standard
 * output with {@code --json}; {@code docs/schema/analyze.schema.json}): run parameters, market conditions, summary, and
 * per symbol the analysis ({@link AnalysisSymbolJson}), the ranked strategies with legs, figures and exit plan
 * ({@link AnalysisStrategyJson}), the strategies not kept, and the reason when there is none. Rupees are rounded to
 * the paisa, ratios kept as decimals (0.25 = 25 %); unlimited amounts are the string {@code "unlimited"}. Each
 * strategy's {@code model} holds the spot and volatilities of its figures unrounded. The document is a tree of records
 * serialised by {@link Json#MAPPER}.
 */
final class AnalysisJson {

    /** What the IV rank, percentile and environment say when there is too little IV history to rank against. */
    static final String UNAVAILABLE = "unavailable";

    /** What an amount without bound (an unlimited max profit or loss) says. */
    static final String UNLIMITED = "unlimited";

    private AnalysisJson() {}

    /**
     * The document.
     *
     * @param generatedAt when it was made, ISO-8601
     * @param asOf the analysed trading day, {@code YYYY-MM-DD}
     * @param dataSource the market data in words
     * @param riskTolerance the risk tolerance's label
     * @param topPerSymbol strategies kept per symbol
     * @param riskLimits the tolerance's limits in rupees
     * @param marketConditions the day's market state
     * @param summary the run's counts
     * @param symbols each analysed symbol, in the run's order
     * @param warnings the run's warnings
     * @param dataQuality the rows the market data refused, by reason, with the first ones named (replay only; the key
     *     is left out for a market that does not report it)
     */
    record Document(
            String generatedAt,
            String asOf,
            String dataSource,
            String riskTolerance,
            int topPerSymbol,
            RiskLimits riskLimits,
            Conditions marketConditions,
            Summary summary,
            List<AnalysisSymbolJson.Entry> symbols,
            List<String> warnings,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> dataQuality) {}

    /**
     * The risk tolerance's limits.
     *
     * @param minProbabilityOfProfit the least PoP a strategy needs
     * @param maxLossPerTrade the most a strategy may lose, rupees
     * @param optionsCapital the capital given to options, rupees
     * @param totalCapital the whole capital, rupees
     */
    record RiskLimits(
            double minProbabilityOfProfit, double maxLossPerTrade, double optionsCapital, double totalCapital) {}

    /** The market conditions: {@link Assessed}, or {@link Unavailable} without the history they need. */
    sealed interface Conditions permits Assessed, Unavailable {}

    /**
     * The assessed market conditions.
     *
     * @param state the market state
     * @param stateName the state in words
     * @param confidence the state's confidence
     * @param niftyDirection NIFTY's trend
     * @param niftyConfidence the trend's confidence
     * @param niftyClose NIFTY's last close
     * @param indiaVix India VIX's level
     * @param vixRegime its regime
     * @param vixPercentile its 1-year percentile, absent with too little history
     * @param niftyPcr NIFTY's put/call ratio by open interest, absent without a chain
     */
    record Assessed(
            String state,
            String stateName,
            double confidence,
            String niftyDirection,
            double niftyConfidence,
            double niftyClose,
            double indiaVix,
            String vixRegime,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double vixPercentile,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double niftyPcr)
            implements Conditions {}

    /**
     * The market conditions when the history they need is missing.
     *
     * @param state {@code UNAVAILABLE}
     * @param indiaVix India VIX's level
     * @param missing what is missing, in words
     */
    record Unavailable(String state, double indiaVix, List<String> missing) implements Conditions {}

    /**
     * The run's counts.
     *
     * @param totalSymbolsAnalyzed symbols analysed
     * @param successfulAnalyses symbols with at least one strategy
     * @param successRate their share
     * @param totalStrategiesRecommended strategies kept
     * @param stored symbols stored in the database
     * @param storeFailures symbols whose storing failed
     * @param elapsedMs the run's wall time, milliseconds
     * @param strategiesByType strategies kept per strategy name
     * @param marketSentimentDistribution symbols per trend direction (lower case)
     * @param noStrategyReasons symbols without a strategy per reason
     * @param rejectedStrategyReasons strategies not kept per reason, by reason
     */
    record Summary(
            int totalSymbolsAnalyzed,
            int successfulAnalyses,
            double successRate,
            int totalStrategiesRecommended,
            int stored,
            int storeFailures,
            long elapsedMs,
            Map<String, Integer> strategiesByType,
            Map<String, Integer> marketSentimentDistribution,
            Map<String, Integer> noStrategyReasons,
            Map<String, Long> rejectedStrategyReasons) {}

    /** Returns the document of {@code run} as a tree (where {@code data_quality} may be added). */
    /** Returns the document of {@code run}. */
    static Document of(
            AnalysisRun run,
            CapitalSettings capital,
            String dataSource,
            int top,
            Instant generatedAt,
            Optional<DataQualityReport> quality) {
        return new Document(
                generatedAt.toString(),
                run.asOf().toString(),
                dataSource,
                run.risk().label(),
                top,
                new RiskLimits(
                        capital.limits(run.risk()).minProbabilityOfProfit(),
                        round(capital.maxLossPerTrade(run.risk()), 2),
                        round(capital.optionsCapital(run.risk()), 2),
                        round(capital.totalCapital(), 2)),
                conditions(run.market(), run.indiaVix()),
                summary(run),
                run.outcomes().stream().map(AnalysisSymbolJson::entry).toList(),
                run.warnings(),
                quality.map(DataQualityReport::asMap).orElse(null));
    }

    private static Conditions conditions(MarketConditionsResult result, double indiaVix) {
        return switch (result) {
            case MarketConditions m ->
                new Assessed(
                        m.state().name(),
                        m.state().displayName(),
                        round(m.confidence(), 4),
                        m.niftyTrend().direction().name(),
                        round(m.niftyTrend().confidence(), 4),
                        round(m.niftyTrend().indicators().lastClose(), 2),
                        round(m.vix().level(), 2),
                        m.vix().regime().name(),
                        m.vix()
                                .statistics()
                                .map(s -> round(s.ivPercentile(), 4))
                                .orElse(null),
                        m.niftyPutCallRatio()
                                .map(p -> round(p.byOpenInterest(), 4))
                                .orElse(null));
            case MarketConditionsResult.Unavailable u ->
                new Unavailable(
                        "UNAVAILABLE",
                        round(indiaVix, 2),
                        u.missing().stream().map(AnalysisJson::describe).toList());
        };
    }

    private static Summary summary(AnalysisRun run) {
        RunSummary s = run.summary();
        Map<String, Integer> sentiment = new LinkedHashMap<>();
        s.sentiment().forEach((d, n) -> sentiment.put(d.name().toLowerCase(Locale.ROOT), n));
        Map<String, Integer> reasons = new LinkedHashMap<>();
        s.noStrategyReasons().forEach((r, n) -> reasons.put(r.name(), n));
        Map<String, Long> rejected = run.outcomes().stream()
                .flatMap(o -> o.rejections().stream())
                .collect(Collectors.groupingBy(r -> r.reason().name(), TreeMap::new, Collectors.counting()));
        return new Summary(
                s.symbols(),
                s.withStrategies(),
                round(s.successRate(), 4),
                s.strategies(),
                run.stored(),
                s.storeFailures(),
                run.elapsed().toMillis(),
                new LinkedHashMap<>(s.strategiesByType()),
                sentiment,
                reasons,
                rejected);
    }

    /** Returns {@code amount} rounded to the paisa, or {@code "unlimited"}. */
    static Object amount(Amount amount) {
        return switch (amount) {
            case Amount.Finite f -> round(f.rupees(), 2);
            case Amount.Unlimited u -> UNLIMITED;
        };
    }

    /** Returns {@code breakevens} rounded to the paisa. */
    static List<Double> breakevens(List<Double> breakevens) {
        return breakevens.stream().map(b -> round(b, 2)).toList();
    }

    /** Returns what {@code h} lacks, in words. */
    static String describe(InsufficientHistory h) {
        return h.what() + " needs " + h.required() + ", has " + h.available();
    }

    /** Returns {@code value} rounded to {@code digits} decimals, or null when absent. */
    static Double round(OptionalDouble value, int digits) {
        return value.isPresent() ? round(value.getAsDouble(), digits) : null;
    }

    static double round(double value, int digits) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value)
                .setScale(digits, RoundingMode.HALF_EVEN)
                .doubleValue();
    }
}
