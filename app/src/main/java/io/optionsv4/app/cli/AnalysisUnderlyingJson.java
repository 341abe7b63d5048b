package io.optionsv4.app.cli;

import static io.optionsv4.app.cli.AnalysisJson.UNAVAILABLE;
import static io.optionsv4.app.cli.AnalysisJson.describe;
import static io.optionsv4.app.cli.AnalysisJson.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.optionsv4.core.analysis.ExpiryMove;
import io.optionsv4.core.analysis.InsufficientHistory;
import io.optionsv4.core.analysis.IvAssessment;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.analysis.KeyLevel;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.analysis.VolumeProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysis of one underlying in the {@code analyze} document ({@link AnalysisSymbolJson}): spot, trend, IV,
 * term structure, price levels, put/call ratios, the moves the chains price and the stock's profile. Figures the
 * history does not support are absent, or say why ({@code unavailable}).
 */
final class AnalysisUnderlyingJson {

    private AnalysisUnderlyingJson() {}

    /**
     * The analysis of an underlying.
     *
     * @param spot the reference price
     * @param basis what the analysis rests on
     * @param trend the trend
     * @param iv the implied volatility
     * @param termStructure the IV term structure's shape, absent without two expiries
     * @param levels supports, resistances and the chain's levels
     * @param putCallRatio the put/call ratios
     * @param expectedMoves the moves the chains price per expiry
     * @param profile the stock's profile, absent without one
     */
    record Analysis(
            double spot,
            String basis,
            Trend trend,
            Iv iv,
            @JsonInclude(JsonInclude.Include.NON_NULL) String termStructure,
            Levels levels,
            PutCallRatio putCallRatio,
            List<Move> expectedMoves,
            @JsonInclude(JsonInclude.Include.NON_NULL) Profile profile) {}

    /** The trend: {@link Measured}, or {@link Unmeasured} with too little history. */
    sealed interface Trend permits Measured, Unmeasured {}

    /** The IV: {@link IvFigures}, or {@link Unmeasured} with too little history. */
    sealed interface Iv permits IvFigures, Unmeasured {}

    /**
     * A trend or IV without enough history.
     *
     * @param unavailable what it needs and has, in words
     */
    record Unmeasured(String unavailable) implements Trend, Iv {}

    /**
     * The measured trend.
     *
     * @param direction its direction
     * @param confidence its confidence
     * @param score the mean vote
     * @param votes each component's vote
     */
    record Measured(String direction, double confidence, double score, Map<String, Double> votes) implements Trend {}

    /**
     * The IV figures.
     *
     * @param atmIv the ATM IV
     * @param atmIvBasis what it measures
     * @param atmIvSource where it comes from
     * @param historyObservations the stored IVs it is ranked against
     * @param ivRank its rank, or {@code "unavailable"}
     * @param ivPercentile its percentile, or {@code "unavailable"}
     * @param environment the IV environment, or {@code "unavailable"}
     * @param meanReversion the expected reversion, absent without one or without a rank
     * @param rankWarning why there is no rank, absent with one
     * @param realizedVolatility the 20-day realised volatility, absent without the history
     * @param skew25Delta the 25-delta skew, absent without the chain
     */
    record IvFigures(
            double atmIv,
            String atmIvBasis,
            String atmIvSource,
            int historyObservations,
            Object ivRank,
            Object ivPercentile,
            String environment,
            @JsonInclude(JsonInclude.Include.NON_NULL) String meanReversion,
            @JsonInclude(JsonInclude.Include.NON_NULL) String rankWarning,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double realizedVolatility,

            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("skew_25_delta")
            Double skew25Delta)
            implements Iv {}

    /**
     * The price levels.
     *
     * @param supports levels below the spot, nearest first
     * @param resistances levels above the spot, nearest first
     * @param maxPain the near chain's max pain, absent without one
     * @param valueAreaLow the value area's low, absent without volume
     * @param pointOfControl the value area's point of control, absent without volume
     * @param valueAreaHigh the value area's high, absent without volume
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Levels(
            List<Level> supports,
            List<Level> resistances,
            Double maxPain,
            Double valueAreaLow,
            Double pointOfControl,
            Double valueAreaHigh) {}

    /**
     * A support or resistance.
     *
     * @param price its price
     * @param strength its strength
     * @param source where it comes from
     */
    record Level(double price, double strength, String source) {}

    /**
     * The put/call ratios, each absent without its figures.
     *
     * @param byOpenInterest by open interest
     * @param byVolume by volume
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PutCallRatio(Double byOpenInterest, Double byVolume) {}

    /**
     * The move one expiry's chain prices.
     *
     * @param expiry the expiry
     * @param days calendar days to it
     * @param atmIv its ATM IV
     * @param oneSigma the one-sigma move
     * @param lower1s the spot less one sigma
     * @param upper1s the spot plus one sigma
     * @param lower2s the spot less two sigmas
     * @param upper2s the spot plus two sigmas
     */
    record Move(
            String expiry,
            int days,
            double atmIv,
            double oneSigma,
            @JsonProperty("lower_1s") double lower1s,
            @JsonProperty("upper_1s") double upper1s,
            @JsonProperty("lower_2s") double lower2s,
            @JsonProperty("upper_2s") double upper2s) {}

    /**
     * The stock's profile.
     *
     * @param volatilityBucket its volatility bucket
     * @param liquidityScore its liquidity score
     */
    record Profile(String volatilityBucket, double liquidityScore) {}

    /** Returns the record of {@code u}. */
    static Analysis analysis(UnderlyingAnalysis u) {
        Optional<VolumeProfile.ValueArea> area = u.levels().valueArea();
        return new Analysis(
                round(u.levels().reference(), 2),
                u.basis().name(),
                trend(u),
                iv(u),
                u.termStructure().map(t -> t.shape().name()).orElse(null),
                new Levels(
                        levels(u.levels().supports()),
                        levels(u.levels().resistances()),
                        round(u.levels().maxPain(), 2),
                        area.map(v -> round(v.low(), 2)).orElse(null),
                        area.map(v -> round(v.pointOfControl(), 2)).orElse(null),
                        area.map(v -> round(v.high(), 2)).orElse(null)),
                new PutCallRatio(
                        round(u.putCallRatio().byOpenInterest(), 4),
                        round(u.putCallRatio().byVolume(), 4)),
                u.expectedMoves().stream().map(AnalysisUnderlyingJson::move).toList(),
                u.profile()
                        .map(p -> new Profile(p.volatilityBucket().name(), round(p.liquidityScore(), 4)))
                        .orElse(null));
    }

    private static Trend trend(UnderlyingAnalysis u) {
        return switch (u.trend()) {
            case TrendAnalysis t -> {
                Map<String, Double> votes = new LinkedHashMap<>();
                t.votes().forEach(v -> votes.put(v.name(), round(v.vote(), 4)));
                yield new Measured(t.direction().name(), round(t.confidence(), 4), round(t.score(), 4), votes);
            }
            case InsufficientHistory h -> new Unmeasured(describe(h));
        };
    }

    private static Iv iv(UnderlyingAnalysis u) {
        return switch (u.iv()) {
            case IvAssessment a -> {
                Optional<IvStatistics> s = a.statistics();
                yield new IvFigures(
                        round(a.current(), 4),
                        a.usesRealizedFallback() ? "REALIZED_20D" : "CONSTANT_MATURITY_30D",
                        a.currentSource().name(),
                        a.historyObservations(),
                        s.<Object>map(x -> round(x.ivRank(), 4)).orElse(UNAVAILABLE),
                        s.<Object>map(x -> round(x.ivPercentile(), 4)).orElse(UNAVAILABLE),
                        s.map(x -> x.environment().name()).orElse(UNAVAILABLE),
                        s.isPresent() ? a.meanReversion().map(Enum::name).orElse(null) : null,
                        s.isPresent() ? null : a.rankUnavailable().orElseThrow(),
                        round(a.realizedVolatility(), 4),
                        round(a.skew25Delta(), 4));
            }
            case InsufficientHistory h -> new Unmeasured(describe(h));
        };
    }

    private static List<Level> levels(List<KeyLevel> levels) {
        return levels.stream()
                .map(l -> new Level(
                        round(l.price(), 2), round(l.strength(), 3), l.source().name()))
                .toList();
    }

    private static Move move(ExpiryMove m) {
        return new Move(
                m.expiry().toString(),
                m.calendarDays(),
                round(m.atmIv(), 4),
                round(m.oneSigma(), 2),
                round(m.lower(1), 2),
                round(m.upper(1), 2),
                round(m.lower(2), 2),
                round(m.upper(2), 2));
    }
}
