package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * The trend of one underlying as of one day: a direction with a confidence, from named component votes (see {@link
 * TrendAnalyzer} for the rules). Maps onto the stored {@code core.selection.MarketAnalysis} as direction, direction
 * confidence and trend score.
 *
 * @param asOf the day of the last candle used
 * @param direction bullish, bearish or neutral
 * @param confidence how sure the analysis is of {@code direction}, in [0, 1]
 * @param score the mean of the votes in [−1, 1], positive bullish
 * @param votes the component votes that had enough history
 * @param skipped the components left out for lack of history (e.g. EMA 50/200 under 201 candles)
 * @param indicators the indicator readings the votes came from
 */
public record TrendAnalysis(
        LocalDate asOf,
        Direction direction,
        double confidence,
        double score,
        List<TrendVote> votes,
        List<InsufficientHistory> skipped,
        TechnicalIndicators indicators)
        implements TrendResult {

    /** Validates the figures and copies the lists. */
    public TrendAnalysis {
        Checks.notNull(asOf, "asOf");
        Checks.notNull(direction, "direction");
        Checks.argument(confidence >= 0 && confidence <= 1, () -> "confidence must be in [0, 1] but was " + confidence);
        Checks.argument(score >= -1 && score <= 1, () -> "score must be in [-1, 1] but was " + score);
        votes = List.copyOf(Checks.notNull(votes, "votes"));
        Checks.argument(!votes.isEmpty(), "votes must not be empty");
        skipped = List.copyOf(Checks.notNull(skipped, "skipped"));
        Checks.notNull(indicators, "indicators");
    }
}
