package io.optionsv4.core.exit;

import static io.optionsv4.core.exit.ExitFixtures.rule;
import static io.optionsv4.core.exit.ExitFixtures.scaling;
import static io.optionsv4.core.exit.ExitFixtures.tolerances;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.exit.ExitSettings.CategoryExits;
import io.optionsv4.core.exit.ExitSettings.ExitRule;
import io.optionsv4.core.exit.ExitSettings.GreekBand;
import io.optionsv4.core.exit.ExitSettings.GreekBands;
import io.optionsv4.core.exit.ExitSettings.ScalingLevel;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.strategy.StrategyCategory;
import io.optionsv4.core.strategy.StrategyRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation and lookup of the exit settings. */
class ExitSettingsTest {

    private static final GreekBands BANDS =
            new GreekBands(new GreekBand(0.2, 0), new GreekBand(2.0, 0.5), new GreekBand(1.5, 0));

    private static ExitRule ruleWith(List<ScalingLevel> levels) {
        return new ExitRule(0.5, levels, tolerances(1, 1.5, 2), tolerances(0.5, 0.6, 0.75), 21, BANDS);
    }

    @Test
    void test_ruleFor_categoryCreditAndDebit() {
        ExitSettings settings = ExitFixtures.settings();

        ExitRule credit = settings.ruleFor(StrategyRegistry.get("Iron Condor"), true);
        ExitRule debit = settings.ruleFor(StrategyRegistry.get("Butterfly Spread"), false);

        assertThat(credit)
                .isEqualTo(settings.categories().get(StrategyCategory.NEUTRAL).credit());
        assertThat(debit)
                .isEqualTo(settings.categories().get(StrategyCategory.NEUTRAL).debit());
        assertThat(credit.timeExitDte()).isEqualTo(21);
        assertThat(debit.profitTarget()).isEqualTo(0.25);
    }

    @Test
    void test_ruleFor_overrideFoundByAnyRegistryName() {
        ExitSettings base = ExitFixtures.settings();
        CategoryExits override = new CategoryExits(
                rule(0.6, tolerances(1, 1, 1), tolerances(0.1, 0.1, 0.1), 14, 0.3, 0.5),
                rule(0.3, tolerances(0.5, 0.5, 0.5), tolerances(0.1, 0.1, 0.1), 7, 0.3, 0));
        ExitSettings settings = new ExitSettings(base.categories(), Map.of("csp", override), 0.05);

        ExitRule rule = settings.ruleFor(StrategyRegistry.get("Cash-Secured Put"), true);

        assertThat(rule).isEqualTo(override.credit());
        assertThat(settings.ruleFor(StrategyRegistry.get("Covered Call"), true))
                .isEqualTo(base.categories().get(StrategyCategory.INCOME).credit());
    }

    @Test
    void test_new_missingCategory_rejectedNamingIt() {
        Map<StrategyCategory, CategoryExits> categories =
                new EnumMap<>(ExitFixtures.settings().categories());
        categories.remove(StrategyCategory.INCOME);

        assertThatThrownBy(() -> new ExitSettings(categories, Map.of(), 0.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INCOME");
    }

    @Test
    void test_new_unknownOrDuplicateOverride_rejected() {
        var categories = ExitFixtures.settings().categories();
        CategoryExits exits = categories.get(StrategyCategory.INCOME);

        assertThatThrownBy(() -> new ExitSettings(categories, Map.of("Naked Unicorn", exits), 0.05))
                .hasMessageContaining("Naked Unicorn");
        assertThatThrownBy(() -> new ExitSettings(categories, Map.of("CSP", exits, "Cash-Secured Put", exits), 0.05))
                .hasMessageContaining("both name Cash-Secured Put");
    }

    @Test
    void test_new_minimumPremiumShareOutsideUnitInterval_rejected() {
        var categories = ExitFixtures.settings().categories();

        assertThatThrownBy(() -> new ExitSettings(categories, Map.of(), 1.0))
                .hasMessageContaining("minimumPremiumShare");
        assertThatThrownBy(() -> new ExitSettings(categories, Map.of(), -0.1))
                .hasMessageContaining("minimumPremiumShare");
    }

    @Test
    void test_rule_scalingMustRiseEndAtTargetAndCloseEverything() {
        assertThat(ruleWith(scaling()).scaling()).hasSize(3);
        assertThatThrownBy(() -> ruleWith(List.of())).hasMessageContaining("at least one level");
        assertThatThrownBy(() -> ruleWith(List.of(new ScalingLevel(0.75, 0.5), new ScalingLevel(0.5, 0.5))))
                .hasMessageContaining("must rise");
        assertThatThrownBy(() -> ruleWith(List.of(new ScalingLevel(0.5, 0.5), new ScalingLevel(0.9, 0.5))))
                .hasMessageContaining("full target");
        assertThatThrownBy(() -> ruleWith(List.of(new ScalingLevel(0.5, 0.25), new ScalingLevel(1.0, 0.5))))
                .hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new ScalingLevel(0, 0.5)).hasMessageContaining("targetFraction");
        assertThatThrownBy(() -> new ScalingLevel(0.5, 1.5)).hasMessageContaining("closeFraction");
    }

    @Test
    void test_rule_stopsNeedEveryToleranceNonDecreasingAndInRange() {
        Map<RiskTolerance, Double> missing = new EnumMap<>(tolerances(1, 1.5, 2));
        missing.remove(RiskTolerance.AGGRESSIVE);

        assertThatThrownBy(() -> new ExitRule(0.5, scaling(), missing, tolerances(0.5, 0.6, 0.7), 21, BANDS))
                .hasMessageContaining("premiumStop has no value for AGGRESSIVE");
        assertThatThrownBy(
                        () -> new ExitRule(0.5, scaling(), tolerances(2, 1.5, 1), tolerances(0.5, 0.6, 0.7), 21, BANDS))
                .hasMessageContaining("premiumStop.MODERATE");
        assertThatThrownBy(
                        () -> new ExitRule(0.5, scaling(), tolerances(1, 2, 3.5), tolerances(0.5, 0.6, 0.7), 21, BANDS))
                .hasMessageContaining("premiumStop.AGGRESSIVE must be in (0, 3.0]");
        assertThatThrownBy(
                        () -> new ExitRule(0.5, scaling(), tolerances(1, 1.5, 2), tolerances(0.5, 0.6, 1.2), 21, BANDS))
                .hasMessageContaining("maxLossStop.AGGRESSIVE");
    }

    @Test
    void test_rule_targetDteAndBandsValidated() {
        var stop = tolerances(1, 1.5, 2);
        var maxLoss = tolerances(0.5, 0.6, 0.7);

        assertThatThrownBy(() -> new ExitRule(0, scaling(), stop, maxLoss, 21, BANDS))
                .hasMessageContaining("profitTarget");
        assertThatThrownBy(() -> new ExitRule(1.2, scaling(), stop, maxLoss, 21, BANDS))
                .hasMessageContaining("profitTarget");
        assertThatThrownBy(() -> new ExitRule(0.5, scaling(), stop, maxLoss, -1, BANDS))
                .hasMessageContaining("timeExitDte");
        assertThatThrownBy(() -> new GreekBands(new GreekBand(0.2, 0), new GreekBand(1.0, 0), new GreekBand(1.5, 0)))
                .hasMessageContaining("gamma.limit");
        assertThatThrownBy(() -> new GreekBands(new GreekBand(0.2, 0), new GreekBand(2.0, 0), new GreekBand(0.9, 0)))
                .hasMessageContaining("vega.limit");
        assertThatThrownBy(() -> new GreekBands(new GreekBand(2.5, 0), new GreekBand(2.0, 0), new GreekBand(1.5, 0)))
                .hasMessageContaining("delta.limit");
        assertThatThrownBy(() -> new GreekBand(1.5, 1.1)).hasMessageContaining("exitFraction");
    }

    @Test
    void test_rule_premiumStopPerTolerance() {
        ExitRule rule = ruleWith(scaling());

        assertThat(rule.premiumStop(RiskTolerance.CONSERVATIVE)).isEqualTo(1.0);
        assertThat(rule.premiumStop(RiskTolerance.AGGRESSIVE)).isEqualTo(2.0);
        assertThat(rule.maxLossStop(RiskTolerance.MODERATE)).isEqualTo(0.6);
    }
}
