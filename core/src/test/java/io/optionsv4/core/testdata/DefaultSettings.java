package io.optionsv4.core.testdata;

import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.exit.ExitSettings;
import io.optionsv4.core.exit.ExitSettings.CategoryExits;
import io.optionsv4.core.exit.ExitSettings.ExitRule;
import io.optionsv4.core.exit.ExitSettings.GreekBand;
import io.optionsv4.core.exit.ExitSettings.GreekBands;
import io.optionsv4.core.exit.ExitSettings.ScalingLevel;
import io.optionsv4.core.selection.CapitalSettings;
import io.optionsv4.core.selection.ConstructionSettings;
import io.optionsv4.core.selection.ConstructionSettings.DteWindow;
import io.optionsv4.core.selection.RankingWeights;
import io.optionsv4.core.selection.RiskLimits;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.ScoreComponent;
import io.optionsv4.core.selection.StrategyPreferences;
import io.optionsv4.core.strategy.StrategyCategory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the application's embedded default settings ({@code construction.yaml}, {@code selection.yaml} and
 * {@code exits.yaml} in {@code app/src/main/resources/io/optionsv4/app/config/defaults/}) as core records, for tests
 * of core and engine, which cannot read the application's YAML. One copy for every module (published in core's
 * test-jar); {@code AnalysisConfigTest} in app checks that it equals what the YAML binds to, so it cannot drift.
 */
public final class DefaultSettings {

    private DefaultSettings() {}

    /** Returns the settings of {@code construction.yaml}. */
    public static ConstructionSettings construction() {
        Map<StrategyCategory, DteWindow> windows = new EnumMap<>(StrategyCategory.class);
        windows.put(StrategyCategory.DIRECTIONAL, new DteWindow(15, 30, 60));
        windows.put(StrategyCategory.NEUTRAL, new DteWindow(30, 40, 50));
        windows.put(StrategyCategory.VOLATILITY, new DteWindow(15, 30, 60));
        windows.put(StrategyCategory.INCOME, new DteWindow(30, 40, 50));
        windows.put(StrategyCategory.ADVANCED, new DteWindow(15, 30, 60));
        return new ConstructionSettings(
                new ConstructionSettings.Liquidity(25, 20, 0.15, true),
                windows,
                new DteWindow(35, 55, 100),
                new ConstructionSettings.StrikeDistances(0.0, 1.0, 1.0, 0.5, 0.5, 0.75, 1.0, 0.75, 1.5, 0.5),
                1);
    }

    /** The market-state preferences of selection.yaml. */
    public static StrategyPreferences preferences() {
        Map<MarketState, List<String>> preferred = new EnumMap<>(MarketState.class);
        preferred.put(
                MarketState.BULLISH_LOW_VIX,
                List.of("Bull Call Spread", "Long Call", "Diagonal Spread", "Calendar Spread", "Bull Put Spread"));
        preferred.put(
                MarketState.BULLISH_NORMAL_VIX,
                List.of("Bull Put Spread", "Bull Call Spread", "Cash-Secured Put", "Covered Call", "Jade Lizard"));
        preferred.put(
                MarketState.BULLISH_HIGH_VIX,
                List.of("Bull Put Spread", "Cash-Secured Put", "Jade Lizard", "Covered Call", "Broken Wing Butterfly"));
        preferred.put(
                MarketState.BEARISH_LOW_VIX,
                List.of(
                        "Bear Put Spread",
                        "Long Put",
                        "Put Diagonal Spread",
                        "Put Calendar Spread",
                        "Bear Call Spread"));
        preferred.put(
                MarketState.BEARISH_NORMAL_VIX,
                List.of("Bear Call Spread", "Bear Put Spread", "Put Broken Wing Butterfly", "Long Put"));
        preferred.put(
                MarketState.BEARISH_HIGH_VIX,
                List.of("Bear Call Spread", "Bear Put Spread", "Put Broken Wing Butterfly", "Iron Condor"));
        preferred.put(
                MarketState.NEUTRAL_LOW_VIX,
                List.of("Calendar Spread", "Butterfly Spread", "Long Strangle", "Long Straddle", "Iron Condor"));
        preferred.put(
                MarketState.NEUTRAL_NORMAL_VIX,
                List.of("Iron Condor", "Iron Butterfly", "Butterfly Spread", "Short Strangle", "Calendar Spread"));
        preferred.put(
                MarketState.NEUTRAL_HIGH_VIX,
                List.of("Iron Condor", "Short Strangle", "Iron Butterfly", "Short Straddle", "Broken Wing Butterfly"));
        return new StrategyPreferences(
                preferred,
                0.25,
                List.of(IvEnvironment.VERY_HIGH),
                List.of(IvEnvironment.VERY_LOW),
                List.of(StrategyCategory.NEUTRAL, StrategyCategory.VOLATILITY, StrategyCategory.INCOME));
    }

    /** The capital settings of selection.yaml: ₹3 crore and the limits. */
    public static CapitalSettings capital() {
        return new CapitalSettings(
                30_000_000,
                Map.of(
                        RiskTolerance.CONSERVATIVE, new RiskLimits(0.45, 0.02, 0.15),
                        RiskTolerance.MODERATE, new RiskLimits(0.25, 0.05, 0.25),
                        RiskTolerance.AGGRESSIVE, new RiskLimits(0.15, 0.10, 0.40)));
    }

    /** The ranking weights of selection.yaml. */
    public static RankingWeights ranking() {
        Map<ScoreComponent, Double> w = new EnumMap<>(ScoreComponent.class);
        w.put(ScoreComponent.PROBABILITY, 0.20);
        w.put(ScoreComponent.RISK_REWARD, 0.10);
        w.put(ScoreComponent.EXPECTED_VALUE, 0.35);
        w.put(ScoreComponent.IV_FIT, 0.08);
        w.put(ScoreComponent.DIRECTION_FIT, 0.08);
        w.put(ScoreComponent.MARKET_STATE_FIT, 0.05);
        w.put(ScoreComponent.LIQUIDITY, 0.10);
        w.put(ScoreComponent.GREEKS_PROFILE, 0.04);
        w.put(ScoreComponent.MOMENTUM, 0.0);
        return new RankingWeights(w, 0.05);
    }

    /** Returns {@code conservative}, {@code moderate}, {@code aggressive} by tolerance. */
    public static Map<RiskTolerance, Double> tolerances(double conservative, double moderate, double aggressive) {
        Map<RiskTolerance, Double> map = new EnumMap<>(RiskTolerance.class);
        map.put(RiskTolerance.CONSERVATIVE, conservative);
        map.put(RiskTolerance.MODERATE, moderate);
        map.put(RiskTolerance.AGGRESSIVE, aggressive);
        return map;
    }

    /** Returns the default scaling: 25 % of the position at 50 % of the target, 25 % at 75 %, the rest at 100 %. */
    public static List<ScalingLevel> scaling() {
        return List.of(new ScalingLevel(0.5, 0.25), new ScalingLevel(0.75, 0.25), new ScalingLevel(1.0, 0.5));
    }

    /** Returns a rule with the default scaling and Greek bands (gamma 2x, vega 1.5x). */
    public static ExitRule exitRule(
            double target,
            Map<RiskTolerance, Double> premiumStop,
            Map<RiskTolerance, Double> maxLossStop,
            int dte,
            double delta,
            double gammaExit) {
        return new ExitRule(
                target,
                scaling(),
                premiumStop,
                maxLossStop,
                dte,
                new GreekBands(new GreekBand(delta, 0.0), new GreekBand(2.0, gammaExit), new GreekBand(1.5, 0.0)));
    }

    /** Returns the settings of {@code exits.yaml}. */
    public static ExitSettings exits() {
        var credit = tolerances(1.0, 1.5, 2.0);
        var debit = tolerances(0.5, 0.5, 0.65);
        var defined = tolerances(0.5, 0.6, 0.75);
        var substantial = tolerances(0.08, 0.10, 0.15);
        Map<StrategyCategory, CategoryExits> categories = new EnumMap<>(StrategyCategory.class);
        categories.put(
                StrategyCategory.DIRECTIONAL,
                new CategoryExits(
                        exitRule(0.5, credit, defined, 21, 0.40, 0.5), exitRule(0.75, debit, defined, 10, 0.50, 0.0)));
        categories.put(
                StrategyCategory.NEUTRAL,
                new CategoryExits(
                        exitRule(0.5, credit, defined, 21, 0.20, 0.5), exitRule(0.25, debit, defined, 7, 0.15, 0.0)));
        categories.put(
                StrategyCategory.VOLATILITY,
                new CategoryExits(
                        exitRule(0.5, credit, defined, 21, 0.20, 0.5), exitRule(0.5, debit, defined, 14, 0.30, 0.0)));
        categories.put(
                StrategyCategory.INCOME,
                new CategoryExits(
                        exitRule(0.5, credit, substantial, 7, 0.25, 0.5),
                        exitRule(0.5, debit, substantial, 7, 0.25, 0.0)));
        categories.put(
                StrategyCategory.ADVANCED,
                new CategoryExits(
                        exitRule(0.5, credit, defined, 21, 0.25, 0.5), exitRule(0.25, debit, defined, 7, 0.25, 0.0)));
        CategoryExits substantialRisk = new CategoryExits(
                exitRule(0.5, credit, substantial, 21, 0.25, 0.5), exitRule(0.25, debit, substantial, 7, 0.25, 0.0));
        return new ExitSettings(
                categories, Map.of("Put Ratio Spread", substantialRisk, "Jade Lizard", substantialRisk), 0.05);
    }
}
