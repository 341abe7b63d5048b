package io.optionsv4.core.allocation;

import static io.optionsv4.core.strategy.StrategyCategory.ADVANCED;
import static io.optionsv4.core.strategy.StrategyCategory.DIRECTIONAL;
import static io.optionsv4.core.strategy.StrategyCategory.INCOME;
import static io.optionsv4.core.strategy.StrategyCategory.NEUTRAL;
import static io.optionsv4.core.strategy.StrategyCategory.VOLATILITY;

import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.strategy.StrategyCategory;
import java.util.List;
import java.util.Map;

/**
 * The default strategy-family preferences per market state: buy premium (directional, calendars) when VIX is low, sell
 * it (neutral, income) when VIX is high, follow NIFTY's direction in between. See {@code docs/allocation.md}.
 */
final class DefaultFamilyPreferences {

    /** The preferred families of every market state, best first. */
    static final Map<MarketState, List<StrategyCategory>> BY_STATE = Map.of(
            MarketState.BULLISH_LOW_VIX, List.of(DIRECTIONAL, ADVANCED, VOLATILITY, INCOME, NEUTRAL),
            MarketState.BULLISH_NORMAL_VIX, List.of(DIRECTIONAL, INCOME, NEUTRAL, ADVANCED, VOLATILITY),
            MarketState.BULLISH_HIGH_VIX, List.of(INCOME, NEUTRAL, DIRECTIONAL, ADVANCED, VOLATILITY),
            MarketState.BEARISH_LOW_VIX, List.of(DIRECTIONAL, VOLATILITY, ADVANCED, NEUTRAL, INCOME),
            MarketState.BEARISH_NORMAL_VIX, List.of(DIRECTIONAL, NEUTRAL, ADVANCED, INCOME, VOLATILITY),
            MarketState.BEARISH_HIGH_VIX, List.of(NEUTRAL, DIRECTIONAL, INCOME, ADVANCED, VOLATILITY),
            MarketState.NEUTRAL_LOW_VIX, List.of(ADVANCED, VOLATILITY, NEUTRAL, DIRECTIONAL, INCOME),
            MarketState.NEUTRAL_NORMAL_VIX, List.of(NEUTRAL, INCOME, ADVANCED, DIRECTIONAL, VOLATILITY),
            MarketState.NEUTRAL_HIGH_VIX, List.of(NEUTRAL, INCOME, ADVANCED, DIRECTIONAL, VOLATILITY));

    private DefaultFamilyPreferences() {}
}
