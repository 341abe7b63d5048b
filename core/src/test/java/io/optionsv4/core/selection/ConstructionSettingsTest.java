package io.optionsv4.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.optionsv4.core.strategy.StrategyCategory;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstructionSettingsTest {

    private static final ConstructionSettings.DteWindow WINDOW = new ConstructionSettings.DteWindow(15, 30, 60);

    @Test
    void test_settings_everyCategoryNeedsAWindow() {
        ConstructionSettings base = ConstructionFixtures.settings();
        Map<StrategyCategory, ConstructionSettings.DteWindow> windows = new EnumMap<>(base.dteWindows());
        windows.remove(StrategyCategory.INCOME);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionSettings(
                        base.liquidity(), windows, base.farDteWindow(), base.strikeDistances(), 1))
                .withMessageContaining("INCOME");
        assertThat(base.dteWindow(StrategyCategory.ADVANCED)).isEqualTo(WINDOW);
    }

    @Test
    void test_settings_strategyLotsPositive() {
        ConstructionSettings base = ConstructionFixtures.settings();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionSettings(
                        base.liquidity(), base.dteWindows(), base.farDteWindow(), base.strikeDistances(), 0))
                .withMessageContaining("strategyLots");
    }

    @Test
    void test_window_orderAndMembership() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionSettings.DteWindow(30, 20, 60))
                .withMessageContaining("minDays <= targetDays <= maxDays");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionSettings.DteWindow(-1, 0, 5))
                .withMessageContaining("minDays");
        assertThat(WINDOW.contains(15)).isTrue();
        assertThat(WINDOW.contains(60)).isTrue();
        assertThat(WINDOW.contains(14)).isFalse();
        assertThat(WINDOW.contains(61)).isFalse();
    }

    @Test
    void test_liquidity_thresholds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionSettings.Liquidity(-1, 10, 0.1, true))
                .withMessageContaining("minOpenInterestLots");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionSettings.Liquidity(10, -1, 0.1, true))
                .withMessageContaining("minVolume");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionSettings.Liquidity(10, 10, 0, true))
                .withMessageContaining("maxSpreadFraction");
    }

    @Test
    void test_distances_order() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new ConstructionSettings.StrikeDistances(1.0, 1.0, 1, 0.5, 0.5, 0.75, 1.5, 0.75, 1.5, 0.5))
                .withMessageContaining("directionalShort");
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new ConstructionSettings.StrikeDistances(0.5, 1.0, 1, 0.5, 0.5, 0.75, 0.5, 0.75, 1.5, 0.5))
                .withMessageContaining("ratioShort");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new ConstructionSettings.StrikeDistances(0, 1.0, 1, 0.5, 0.5, 0.75, 1, 0.75, 0.75, 0.5))
                .withMessageContaining("brokenWingWide");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionSettings.StrikeDistances(0, 1.0, 1, 0, 0.5, 0.75, 1, 0.75, 1.5, 0.5))
                .withMessageContaining("longWing");
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new ConstructionSettings.StrikeDistances(0, 1.0, -1, 0.5, 0.5, 0.75, 1, 0.75, 1.5, 0.5))
                .withMessageContaining("creditShort");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConstructionSettings.StrikeDistances(0, 1.0, 1, 0.5, 0.5, 0.75, 1, 0.75, 1.5, 0))
                .withMessageContaining("maxSnap");
    }
}
