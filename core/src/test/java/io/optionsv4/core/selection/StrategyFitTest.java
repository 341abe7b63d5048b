package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.SelectionFixtures.analysis;
import static io.optionsv4.core.selection.SelectionFixtures.iv;
import static io.optionsv4.core.selection.SelectionFixtures.market;
import static io.optionsv4.core.selection.SelectionFixtures.noHistory;
import static io.optionsv4.core.selection.SelectionFixtures.preferences;
import static io.optionsv4.core.selection.SelectionFixtures.trend;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.Direction;
import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.analysis.UnderlyingAnalysis;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyCategory;
import io.optionsv4.core.strategy.StrategyDefinition;
import io.optionsv4.core.strategy.StrategyRegistry;
import io.optionsv4.core.strategy.VolatilityBias;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StrategyFitTest {

    private final StrategyFit fit = new StrategyFit(preferences());

    private static List<String> names(List<StrategyDefinition> definitions) {
        return definitions.stream().map(StrategyDefinition::name).toList();
    }

    @Test
    void test_choose_bullishOutlookExcludesBearish() {
        List<StrategyDefinition> chosen =
                fit.choose(analysis(Direction.BULLISH, 0.6, IvEnvironment.NORMAL), Optional.empty());

        assertThat(chosen).noneMatch(d -> d.metadata().directionalBias() == DirectionalBias.BEARISH);
        long expected = StrategyRegistry.all().stream()
                .filter(d -> d.metadata().directionalBias() != DirectionalBias.BEARISH)
                .count();
        assertThat(chosen).hasSize((int) expected);
        assertThat(names(chosen)).contains("Long Call", "Bull Put Spread", "Iron Condor", "Diagonal Spread");
    }

    @Test
    void test_choose_indexNeverGetsCashSecuredPutOrCoveredCall() {
        UnderlyingAnalysis stock = analysis(Direction.BULLISH, 0.6, IvEnvironment.HIGH);
        UnderlyingAnalysis index = new UnderlyingAnalysis(
                "NIFTY",
                stock.asOf(),
                stock.trend(),
                stock.iv(),
                stock.levels(),
                stock.putCallRatio(),
                stock.expectedMoves(),
                stock.termStructure(),
                stock.profile());

        assertThat(names(fit.choose(stock, Optional.empty()))).contains("Cash-Secured Put", "Covered Call");
        List<String> onIndex = names(fit.choose(index, Optional.empty()));
        assertThat(onIndex).doesNotContain("Cash-Secured Put", "Covered Call").contains("Bull Put Spread");
    }

    @Test
    void test_choose_bearishOutlookExcludesBullish() {
        List<StrategyDefinition> chosen =
                fit.choose(analysis(Direction.BEARISH, 0.6, IvEnvironment.NORMAL), Optional.empty());

        assertThat(chosen).noneMatch(d -> d.metadata().directionalBias() == DirectionalBias.BULLISH);
        assertThat(names(chosen)).contains("Long Put", "Bear Call Spread", "Put Diagonal Spread", "Long Straddle");
    }

    @Test
    void test_choose_neutralOutlookKeepsNeutralVolatilityAndIncome() {
        List<StrategyDefinition> chosen =
                fit.choose(analysis(Direction.NEUTRAL, 0.8, IvEnvironment.NORMAL), Optional.empty());

        assertThat(chosen)
                .allMatch(d -> d.metadata().directionalBias() == DirectionalBias.NEUTRAL
                        || d.metadata().category() == StrategyCategory.INCOME);
        assertThat(names(chosen))
                .contains("Iron Condor", "Long Straddle", "Cash-Secured Put", "Covered Call", "Calendar Spread")
                .doesNotContain("Bull Call Spread", "Long Put", "Diagonal Spread", "Jade Lizard");
    }

    @Test
    void test_choose_weakTrendCountsAsNeutral() {
        List<StrategyDefinition> weak =
                fit.choose(analysis(Direction.BULLISH, 0.2, IvEnvironment.NORMAL), Optional.empty());
        List<StrategyDefinition> neutral =
                fit.choose(analysis(Direction.NEUTRAL, 0.5, IvEnvironment.NORMAL), Optional.empty());

        assertThat(weak).isEqualTo(neutral);
        assertThat(fit.outlook(analysis(Direction.BULLISH, 0.25, IvEnvironment.NORMAL)))
                .isEqualTo(Direction.BULLISH);
    }

    @Test
    void test_choose_noTrendHistoryCountsAsNeutral() {
        assertThat(fit.outlook(analysis(noHistory(), iv(IvEnvironment.NORMAL)))).isEqualTo(Direction.NEUTRAL);
    }

    @Test
    void test_choose_veryHighIvExcludesLongVol() {
        List<StrategyDefinition> chosen =
                fit.choose(analysis(Direction.BULLISH, 0.6, IvEnvironment.VERY_HIGH), Optional.empty());

        assertThat(chosen).noneMatch(d -> d.metadata().volatilityBias() == VolatilityBias.LONG_VOL);
        assertThat(names(chosen)).contains("Bull Put Spread", "Bull Call Spread");
    }

    @Test
    void test_choose_veryLowIvExcludesShortVol() {
        List<StrategyDefinition> chosen =
                fit.choose(analysis(Direction.NEUTRAL, 0.6, IvEnvironment.VERY_LOW), Optional.empty());

        assertThat(chosen).noneMatch(d -> d.metadata().volatilityBias() == VolatilityBias.SHORT_VOL);
        assertThat(names(chosen)).contains("Long Straddle", "Calendar Spread");
    }

    @Test
    void test_choose_highIvExcludesNothing() {
        assertThat(fit.choose(analysis(Direction.BULLISH, 0.6, IvEnvironment.HIGH), Optional.empty()))
                .isEqualTo(fit.choose(analysis(Direction.BULLISH, 0.6, IvEnvironment.NORMAL), Optional.empty()));
        assertThat(fit.choose(analysis(trend(Direction.BULLISH, 0.6), noHistory()), Optional.empty()))
                .isEqualTo(fit.choose(analysis(Direction.BULLISH, 0.6, IvEnvironment.NORMAL), Optional.empty()));
    }

    @Test
    void test_choose_preferredFirstAndDespiteIv() {
        List<StrategyDefinition> chosen = fit.choose(
                analysis(Direction.NEUTRAL, 0.6, IvEnvironment.VERY_LOW),
                Optional.of(market(MarketState.NEUTRAL_HIGH_VIX)));

        assertThat(names(chosen).subList(0, 5))
                .containsExactly(
                        "Iron Condor", "Short Strangle", "Iron Butterfly", "Short Straddle", "Broken Wing Butterfly");
        assertThat(chosen.subList(5, chosen.size()))
                .noneMatch(d -> d.metadata().volatilityBias() == VolatilityBias.SHORT_VOL);
    }

    @Test
    void test_choose_preferredButContraryToOutlookLeftOut() {
        List<StrategyDefinition> chosen = fit.choose(
                analysis(Direction.BULLISH, 0.6, IvEnvironment.NORMAL),
                Optional.of(market(MarketState.BEARISH_LOW_VIX)));

        assertThat(names(chosen))
                .doesNotContain("Bear Put Spread", "Long Put", "Put Diagonal Spread", "Bear Call Spread")
                .startsWith("Put Calendar Spread");
    }

    @Test
    void test_choose_neutralOutlookTakesDirectionalPreferences() {
        List<StrategyDefinition> chosen = fit.choose(
                analysis(Direction.NEUTRAL, 0.6, IvEnvironment.NORMAL),
                Optional.of(market(MarketState.BULLISH_LOW_VIX)));

        assertThat(names(chosen)).startsWith("Bull Call Spread", "Long Call", "Diagonal Spread");
        assertThat(chosen).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(IvEnvironment.class)
    void test_choose_everyFamilyAcrossStatesAndDirections(IvEnvironment environment) {
        Set<StrategyCategory> seen = EnumSet.noneOf(StrategyCategory.class);
        for (MarketState state : MarketState.values()) {
            for (Direction direction : Direction.values()) {
                fit.choose(analysis(direction, 0.6, environment), Optional.of(market(state))).stream()
                        .map(d -> d.metadata().category())
                        .forEach(seen::add);
            }
        }

        assertThat(seen).containsExactlyInAnyOrder(StrategyCategory.values());
    }
}
