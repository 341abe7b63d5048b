package io.optionsv4.core.conditions;

import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.result.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The market conditions of one trade date as kept in {@code market_conditions}: the figures of a {@link
 * MarketConditions} without the trend votes and indicator readings they came from.
 *
 * @param tradeDate the analysis day, one row per day
 * @param state one of the nine market states
 * @param confidence how sure the evaluation was of {@code state}, in [0, 1]; 0 for rows stored before the schema
 *     kept it
 * @param niftyClose NIFTY's last close up to the trade date, rupees, {@code > 0}
 * @param indiaVix India VIX's close in volatility points (13.5 = 13.5 %), {@code >= 0}
 * @param vixPercentile India VIX's 1-year percentile in [0, 1], empty with too little VIX history
 * @param niftyDirectionConfidence the confidence of NIFTY's trend direction, in [0, 1]; 0 for rows stored before the
 *     schema kept it
 * @param putCallRatio NIFTY's put/call ratio by open interest, {@code >= 0}, empty without a chain or call OI
 * @param storedAt when the row was last written
 */
public record StoredMarketConditions(
        LocalDate tradeDate,
        MarketState state,
        double confidence,
        double niftyClose,
        double indiaVix,
        OptionalDouble vixPercentile,
        double niftyDirectionConfidence,
        OptionalDouble putCallRatio,
        Instant storedAt) {

    /** Validates the figures. */
    public StoredMarketConditions {
        Checks.notNull(tradeDate, "tradeDate");
        Checks.notNull(state, "state");
        checkFraction(confidence, "confidence");
        Checks.positive(niftyClose, "niftyClose");
        Checks.nonNegative(indiaVix, "indiaVix");
        Checks.notNull(vixPercentile, "vixPercentile");
        vixPercentile.ifPresent(p -> checkFraction(p, "vixPercentile"));
        checkFraction(niftyDirectionConfidence, "niftyDirectionConfidence");
        Checks.notNull(putCallRatio, "putCallRatio");
        putCallRatio.ifPresent(r -> Checks.nonNegative(r, "putCallRatio"));
        Checks.notNull(storedAt, "storedAt");
    }

    /**
     * Returns what is stored of {@code conditions}: trade date {@code asOf()}, NIFTY close {@code
     * niftyTrend().indicators().lastClose()}, India VIX {@code vix().level()}, its percentile from {@code
     * vix().statistics()}, direction confidence {@code niftyTrend().confidence()} and the PCR by open interest.
     *
     * @param conditions the evaluated conditions
     * @param storedAt when they are stored
     */
    public static StoredMarketConditions of(MarketConditions conditions, Instant storedAt) {
        Checks.notNull(conditions, "conditions");
        return new StoredMarketConditions(
                conditions.asOf(),
                conditions.state(),
                conditions.confidence(),
                conditions.niftyTrend().indicators().lastClose(),
                conditions.vix().level(),
                conditions
                        .vix()
                        .statistics()
                        .map(s -> OptionalDouble.of(s.ivPercentile()))
                        .orElse(OptionalDouble.empty()),
                conditions.niftyTrend().confidence(),
                conditions.niftyPutCallRatio().map(PutCallRatio::byOpenInterest).orElse(OptionalDouble.empty()),
                storedAt);
    }

    private static void checkFraction(double value, String name) {
        Checks.argument(value >= 0 && value <= 1, name + " must be in [0, 1] but was " + value);
    }
}
