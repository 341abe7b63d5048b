package io.optionsv4.core.selection;

import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.result.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One recommended strategy of a stock with everything the original stored about it: the legs, the probability figures
 * ({@link StrategyFigures}: max profit and loss per lot set in rupees, breakevens, probability of profit, expected
 * value), net Greeks, risk rules, exit levels and the score breakdown.
 *
 * <p>Its identity for duplicate prevention: the stock, the trade date, {@link #strategyName()} and {@link #legsKey()}.
 *
 * @param strategyName the strategy's registry name, e.g. {@code Bull Call Spread}
 * @param legs the option legs, at least one
 * @param figures probability of profit, expected value, max profit and loss, breakevens
 * @param greekExposure the net Greeks
 * @param risk the risk rules
 * @param exitLevels the exit conditions, in order of evaluation
 * @param componentScores the score breakdown, distinct component names
 * @param totalScore the total score the ranking used, finite
 * @param conviction the conviction level
 * @param economics the figures net of costs, the costs and the capital required (issue 12); empty where they were not
 *     priced (analyses stored before them)
 */
public record StrategyRecommendation(
        String strategyName,
        List<RecommendedLeg> legs,
        StrategyFigures figures,
        GreekExposure greekExposure,
        RiskManagement risk,
        List<ExitLevel> exitLevels,
        List<ComponentScore> componentScores,
        double totalScore,
        Conviction conviction,
        Optional<NetEconomics> economics) {

    /** Validates the recommendation and copies its lists. */
    public StrategyRecommendation {
        Checks.notBlank(strategyName, "strategyName");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), () -> "a strategy needs at least one leg: " + strategyName);
        Checks.notNull(figures, "figures");
        Checks.notNull(greekExposure, "greekExposure");
        Checks.notNull(risk, "risk");
        exitLevels = List.copyOf(Checks.notNull(exitLevels, "exitLevels"));
        componentScores = List.copyOf(Checks.notNull(componentScores, "componentScores"));
        var names = new HashSet<String>();
        componentScores.forEach(c -> Checks.argument(
                names.add(c.component()), "component score " + c.component() + " appears twice in " + strategyName));
        Checks.finite(totalScore, "totalScore");
        Checks.notNull(conviction, "conviction");
        Checks.notNull(economics, "economics");
    }

    /** Creates a recommendation without economics (see the canonical constructor for the components). */
    public StrategyRecommendation(
            String strategyName,
            List<RecommendedLeg> legs,
            StrategyFigures figures,
            GreekExposure greekExposure,
            RiskManagement risk,
            List<ExitLevel> exitLevels,
            List<ComponentScore> componentScores,
            double totalScore,
            Conviction conviction) {
        this(
                strategyName,
                legs,
                figures,
                greekExposure,
                risk,
                exitLevels,
                componentScores,
                totalScore,
                conviction,
                Optional.empty());
    }

    /** Returns the canonical text of the legs, in leg order, e.g. {@code BUY CALL 2500.0 2020-01-30 x1|SELL ...}. */
    public String legsKey() {
        return legs.stream().map(RecommendedLeg::key).collect(Collectors.joining("|"));
    }
}
