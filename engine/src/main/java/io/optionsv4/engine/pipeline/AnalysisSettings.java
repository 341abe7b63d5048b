package io.optionsv4.engine.pipeline;

import io.optionsv4.core.exit.ExitSettings;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.CapitalSettings;
import io.optionsv4.core.selection.ConstructionSettings;
import io.optionsv4.core.selection.RankingWeights;
import io.optionsv4.core.selection.StrategyPreferences;

/**
 * Everything configurable about strategy creation, bound from the configuration file by the application.
 *
 * @param construction expiry windows, strike distances and liquidity filters
 * @param preferences preferred strategies per market state
 * @param capital total capital and the limits of each risk tolerance
 * @param ranking weights of the component scores
 * @param exits profit targets, stops, time exits and Greek bands
 * @param costs the brokerage per order and the slippage per leg
 */
public record AnalysisSettings(
        ConstructionSettings construction,
        StrategyPreferences preferences,
        CapitalSettings capital,
        RankingWeights ranking,
        ExitSettings exits,
        CostSettings costs) {
    /** Validates the components. */
    public AnalysisSettings {
        Checks.notNull(construction, "construction");
        Checks.notNull(preferences, "preferences");
        Checks.notNull(capital, "capital");
        Checks.notNull(ranking, "ranking");
        Checks.notNull(exits, "exits");
        Checks.notNull(costs, "costs");
    }

    /** Returns a copy with {@code other} as the capital settings. */
    public AnalysisSettings withCapital(CapitalSettings other) {
        return new AnalysisSettings(construction, preferences, other, ranking, exits, costs);
    }
}
