package io.optionsv4.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.strategy.StrategyCategory;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyPreferencesTest {

    private static Map<MarketState, List<String>> everyState(List<String> names) {
        Map<MarketState, List<String>> map = new EnumMap<>(MarketState.class);
        for (MarketState state : MarketState.values()) {
            map.put(state, names);
        }
        return map;
    }

    private static StrategyPreferences of(Map<MarketState, List<String>> preferred) {
        return new StrategyPreferences(
                preferred,
                0.25,
                List.of(IvEnvironment.VERY_HIGH),
                List.of(IvEnvironment.VERY_LOW),
                List.of(StrategyCategory.NEUTRAL));
    }

    @Test
    void test_new_unknownNamesAreAllNamed() {
        Map<MarketState, List<String>> preferred = everyState(List.of("Iron Condor"));
        preferred.put(MarketState.BULLISH_LOW_VIX, List.of("Moon Spread", "Iron Condor"));
        preferred.put(MarketState.BEARISH_HIGH_VIX, List.of("Crash Special"));

        assertThatThrownBy(() -> of(preferred))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Moon Spread")
                .hasMessageContaining("Crash Special");
    }

    @Test
    void test_new_resolvesAliasesToRegistryNames() {
        StrategyPreferences preferences = of(everyState(List.of("bull-call-spread", "IRON_CONDOR")));

        assertThat(preferences.preferredIn(MarketState.NEUTRAL_LOW_VIX))
                .containsExactly("Bull Call Spread", "Iron Condor");
        assertThat(preferences.rankIn(MarketState.NEUTRAL_LOW_VIX, StrategyRegistry.get("Iron Condor")))
                .isEqualTo(1);
        assertThat(preferences.rankIn(MarketState.NEUTRAL_LOW_VIX, StrategyRegistry.get("Long Call")))
                .isEqualTo(-1);
    }

    @Test
    void test_new_missingMarketState() {
        Map<MarketState, List<String>> preferred = everyState(List.of());
        preferred.remove(MarketState.NEUTRAL_HIGH_VIX);

        assertThatThrownBy(() -> of(preferred)).hasMessageContaining("NEUTRAL_HIGH_VIX");
    }

    @Test
    void test_new_duplicateAfterResolution() {
        assertThatThrownBy(() -> of(everyState(List.of("Iron Condor", "iron-condor"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listed twice");
    }

    @Test
    void test_new_environmentExcludedBothWays() {
        assertThatThrownBy(() -> new StrategyPreferences(
                        everyState(List.of()),
                        0.25,
                        List.of(IvEnvironment.HIGH),
                        List.of(IvEnvironment.HIGH),
                        List.of(StrategyCategory.NEUTRAL)))
                .hasMessageContaining("HIGH");
    }

    @Test
    void test_new_confidenceOutsideUnitInterval() {
        assertThatThrownBy(() -> new StrategyPreferences(
                        everyState(List.of()), 1.5, List.of(), List.of(), List.of(StrategyCategory.NEUTRAL)))
                .hasMessageContaining("minDirectionConfidence");
    }
}
