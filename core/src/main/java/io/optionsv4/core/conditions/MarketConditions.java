package io.optionsv4.core.conditions;

import io.optionsv4.core.analysis.PutCallRatio;
import io.optionsv4.core.analysis.TrendAnalysis;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The market as of one day ({@code market_conditions}): NIFTY's trend, India VIX, NIFTY's put/call ratio and the
 * resulting {@link MarketState} with a confidence (see {@link MarketStateEvaluator}).
 *
 * @param asOf the analysis day
 * @param state one of the nine market states
 * @param confidence how sure the evaluation is of {@code state}, in [0, 1]
 * @param niftyTrend NIFTY's trend analysis
 * @param vix India VIX's level, percentile and regime
 * @param niftyPutCallRatio NIFTY's put/call ratios, if a chain was given
 */
public record MarketConditions(
        LocalDate asOf,
        MarketState state,
        double confidence,
        TrendAnalysis niftyTrend,
        VixAssessment vix,
        Optional<PutCallRatio> niftyPutCallRatio)
        implements MarketConditionsResult {

    /** Validates the components. */
    public MarketConditions {
        Checks.notNull(asOf, "asOf");
        Checks.notNull(state, "state");
        Checks.argument(confidence >= 0 && confidence <= 1, () -> "confidence must be in [0, 1] but was " + confidence);
        Checks.notNull(niftyTrend, "niftyTrend");
        Checks.notNull(vix, "vix");
        Checks.notNull(niftyPutCallRatio, "niftyPutCallRatio");
    }
}
