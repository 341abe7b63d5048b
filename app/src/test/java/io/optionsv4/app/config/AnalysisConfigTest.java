package io.optionsv4.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.app.testdata.Cli;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.costs.Brokerage;
import io.optionsv4.core.costs.Slippage;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.money.Rate;
import io.optionsv4.core.selection.CapitalSettings;
import io.optionsv4.core.selection.RiskLimits;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.ScoreComponent;
import io.optionsv4.core.strategy.StrategyCategory;
import io.optionsv4.core.strategy.StrategyRegistry;
import io.optionsv4.core.testdata.DefaultSettings;
import io.optionsv4.engine.pipeline.AnalysisSettings;
import io.optionsv4.engine.pipeline.CostSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis settings: embedded defaults, the user's overlay, errors naming the file, and the CLI options. */
class AnalysisConfigTest {

    @TempDir
    Path home;

    private Path userFile(String yaml) throws IOException {
        Path file = home.resolve(AnalysisConfig.FILE_NAME);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void test_defaults_equalTheCopyCoreAndEngineTestsUse() {
        AnalysisSettings settings = AnalysisConfig.defaults();

        assertThat(settings.construction()).isEqualTo(DefaultSettings.construction());
        assertThat(settings.preferences()).isEqualTo(DefaultSettings.preferences());
        assertThat(settings.capital()).isEqualTo(DefaultSettings.capital());
        assertThat(settings.ranking()).isEqualTo(DefaultSettings.ranking());
        assertThat(settings.exits()).isEqualTo(DefaultSettings.exits());
        assertThat(settings.costs()).as("the engine tests' copy").isEqualTo(CostSettings.DHAN);
    }

    @Test
    void test_defaults_carryTheIssuesRiskLimitsAndCapital() {
        CapitalSettings capital = AnalysisConfig.defaults().capital();

        assertThat(capital.totalCapital()).isEqualTo(30_000_000.0);
        assertThat(capital.limits(RiskTolerance.CONSERVATIVE)).isEqualTo(new RiskLimits(0.45, 0.02, 0.15));
        assertThat(capital.limits(RiskTolerance.MODERATE)).isEqualTo(new RiskLimits(0.25, 0.05, 0.25));
        assertThat(capital.limits(RiskTolerance.AGGRESSIVE)).isEqualTo(new RiskLimits(0.15, 0.10, 0.40));
        assertThat(capital.maxLossPerTrade(RiskTolerance.CONSERVATIVE)).isCloseTo(90_000, within(1e-6));
        assertThat(capital.maxLossPerTrade(RiskTolerance.MODERATE)).isCloseTo(375_000, within(1e-6));
        assertThat(capital.maxLossPerTrade(RiskTolerance.AGGRESSIVE)).isCloseTo(1_200_000, within(1e-6));
    }

    @Test
    void test_defaults_rankingWeightsSumToOneAndEveryStateHasKnownPreferences() {
        AnalysisSettings settings = AnalysisConfig.defaults();

        double sum = 0;
        for (ScoreComponent component : ScoreComponent.values()) {
            if (!component.isPenalty()) {
                // MOMENTUM is 0 since issue 13: the trend is counted once, in DIRECTION_FIT
                assertThat(settings.ranking().weight(component))
                        .as(component.name())
                        .isGreaterThanOrEqualTo(component == ScoreComponent.MOMENTUM ? 0.0 : Double.MIN_VALUE);
                sum += settings.ranking().weight(component);
            }
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        for (MarketState state : MarketState.values()) {
            assertThat(settings.preferences().preferredIn(state))
                    .as(state.name())
                    .isNotEmpty();
            settings.preferences()
                    .preferredIn(state)
                    .forEach(name ->
                            assertThat(StrategyRegistry.find(name)).as(name).isPresent());
        }
        for (StrategyCategory category : StrategyCategory.values()) {
            assertThat(settings.construction().dteWindow(category))
                    .as(category.name())
                    .isNotNull();
        }
    }

    @Test
    void test_load_unknownTopLevelKeyIsAnErrorNamingKeyAndFile() throws IOException {
        Path file = Files.writeString(home.resolve("options-v4.yaml"), "analysys:\n  capital:\n    total: 1\n");

        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("unknown top-level key 'analysys'");
    }

    @Test
    void test_load_fileThatIsNotAMappingIsAnError() throws IOException {
        Path shadow = Files.writeString(home.resolve("shadow"), "root:x:19000:0:99999:7:::\n");
        Path text = Files.writeString(home.resolve("text"), "just some words\n");
        Path list = Files.writeString(home.resolve("list"), "- analysis\n");

        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(shadow)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(shadow.toString())
                .hasMessageContaining("unknown top-level key");
        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(text)))
                .hasMessageContaining(text.toString())
                .hasMessageContaining("not a YAML mapping");
        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(list))).hasMessageContaining("not a YAML mapping");
    }

    @Test
    void test_analyze_unknownConfigKeyExitsWithUsageCode() throws IOException {
        Path file = Files.writeString(home.resolve("bad.yaml"), "analysys: {}\n");

        Cli.Run run = Cli.run(
                "",
                false,
                Map.of("OPTIONS_V4_HOME", home.toString()),
                "analyze",
                "--config",
                file.toString(),
                "--no-database");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown top-level key 'analysys'");
    }

    @Test
    void test_load_withoutAFileIsTheDefaults() {
        assertThat(AnalysisConfig.load(Optional.of(home.resolve("absent.yaml"))))
                .isEqualTo(AnalysisConfig.defaults());
        assertThat(AnalysisConfig.load(Optional.empty())).isEqualTo(AnalysisConfig.defaults());
    }

    @Test
    void test_load_userFileOverridesOneValueAndKeepsTheRest() throws IOException {
        Path file = userFile("""
                analysis:
                  capital:
                    limits:
                      CONSERVATIVE: {minProbabilityOfProfit: 0.55, maxLossFraction: 0.02, optionsShare: 0.15}
                """);

        AnalysisSettings loaded = AnalysisConfig.load(Optional.of(file));
        AnalysisSettings defaults = AnalysisConfig.defaults();

        assertThat(loaded.capital().limits(RiskTolerance.CONSERVATIVE).minProbabilityOfProfit())
                .isEqualTo(0.55);
        assertThat(loaded.capital().limits(RiskTolerance.MODERATE))
                .isEqualTo(defaults.capital().limits(RiskTolerance.MODERATE));
        assertThat(loaded.capital().limits(RiskTolerance.AGGRESSIVE))
                .isEqualTo(defaults.capital().limits(RiskTolerance.AGGRESSIVE));
        assertThat(loaded.capital().totalCapital()).isEqualTo(defaults.capital().totalCapital());
        assertThat(loaded.construction()).isEqualTo(defaults.construction());
        assertThat(loaded.preferences()).isEqualTo(defaults.preferences());
        assertThat(loaded.ranking()).isEqualTo(defaults.ranking());
        assertThat(loaded.exits()).isEqualTo(defaults.exits());
    }

    @Test
    void test_load_scalarOverrideInANestedRecord() throws IOException {
        Path file = userFile("analysis:\n  construction:\n    liquidity:\n      minVolume: 50\n");

        AnalysisSettings loaded = AnalysisConfig.load(Optional.of(file));

        assertThat(loaded.construction().liquidity().minVolume()).isEqualTo(50);
        assertThat(loaded.construction().liquidity().minOpenInterestLots())
                .isEqualTo(AnalysisConfig.defaults().construction().liquidity().minOpenInterestLots());
    }

    @Test
    void test_load_unknownKeyNamesTheFileAndTheKey() throws IOException {
        Path file = userFile("analysis:\n  capital:\n    totalCapitel: 100\n");

        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("unknown setting 'analysis.capital.totalCapitel'")
                .hasMessageContaining("limits, totalCapital")
                .hasMessageNotContaining("io.optionsv4")
                .hasMessageNotContaining("Source:")
                .hasMessageNotContaining("[\"");
    }

    @Test
    void test_load_wrongTypeNamesTheSettingAndWhatIsExpected() throws IOException {
        Path file = userFile("analysis:\n  capital:\n    totalCapital: lots\n");

        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ": setting 'analysis.capital.totalCapital' is 'lots'; expected a decimal number");
    }

    @Test
    void test_load_badEnumNamesTheFileAndTheValue() throws IOException {
        Path file = userFile("analysis:\n  preferences:\n    longVolExcludedAt: [SKY_HIGH]\n");

        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("SKY_HIGH");
    }

    @Test
    void test_load_weightsNotSummingToOneNamesTheFile() throws IOException {
        Path file = userFile("analysis:\n  ranking:\n    weights:\n      PROBABILITY: 0.30\n");

        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("sum to 1");
    }

    /** Issue 12: the brokerage and the slippage are settings; the defaults are Dhan's ₹20 a order and none. */
    @Test
    void test_defaults_costsAreDhansFlatFeeWithoutSlippage() {
        CostSettings costs = AnalysisConfig.defaults().costs();

        assertThat(costs).isEqualTo(CostSettings.DHAN);
        assertThat(costs.brokerage()).isEqualTo(Brokerage.DHAN_OPTIONS);
        assertThat(costs.slippage()).isEqualTo(Slippage.NONE);
    }

    @Test
    void test_load_costsOverride() throws IOException {
        Path flat = userFile("analysis:\n  costs:\n    slippageTicksPerLeg: 2\n    brokeragePerOrderRupees: 15.5\n");
        CostSettings costs = AnalysisConfig.load(Optional.of(flat)).costs();
        assertThat(costs.slippage()).isEqualTo(Slippage.ofTicks(2));
        assertThat(costs.brokerage()).isEqualTo(Brokerage.flat(Money.ofPaise(1550)));

        Path percent = userFile("analysis:\n  costs:\n    brokeragePercentOfTurnover: 0.03\n");
        assertThat(AnalysisConfig.load(Optional.of(percent)).costs().brokerage())
                .isEqualTo(Brokerage.percentWithCap(Rate.ofPercent("0.03"), Money.ofWholeRupees(20)));
    }

    @Test
    void test_load_badCostSettingNamesTheFileTheSettingAndTheValue() throws IOException {
        Map<String, String> bad = Map.of(
                "brokeragePerOrderRupees: -5", "brokeragePerOrderRupees must be an amount in rupees >= 0 but was -5.0",
                "brokeragePerOrderRupees: 20.005", "brokeragePerOrderRupees must be whole paise (at most two decimals)",
                "brokeragePercentOfTurnover: 3.5e1", "brokeragePercentOfTurnover must be a percentage in [0, 5.0]",
                "slippageTicksPerLeg: -1",
                        "slippageTicksPerLeg must be a whole number of ticks in [0, 100] but was -1");
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            Path file = userFile("analysis:\n  costs:\n    " + entry.getKey() + "\n");

            assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(file)))
                    .as(entry.getKey())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("'analysis.costs'")
                    .hasMessageContaining(entry.getValue());
        }
        Path words = userFile("analysis:\n  costs:\n    slippageTicksPerLeg: two\n");
        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(words)))
                .hasMessage(words + ": setting 'analysis.costs.slippageTicksPerLeg' is 'two'; expected a whole number");
    }

    @Test
    void test_load_invalidYamlNamesTheFile() throws IOException {
        Path file = userFile("analysis:\n  capital: [unclosed\n    limits: {\n");

        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void test_load_sectionThatIsNotAMappingNamesTheFile() throws IOException {
        Path file = userFile("analysis: 42\n");

        assertThatThrownBy(() -> AnalysisConfig.load(Optional.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("must be a mapping");
    }

    @Test
    void test_showConfig_printsTheEffectiveSettingsWithTheUserOverride() throws IOException {
        userFile("analysis:\n  capital:\n    totalCapital: 12345678\n");

        Cli.Run run = Cli.run("", false, Map.of(OptionsV4Home.VARIABLE, home.toString()), "analyze", "--show-config");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("analysis:")
                .contains("totalCapital: 12345678")
                .contains("BULLISH_LOW_VIX")
                .contains("minProbabilityOfProfit: 0.45");
    }

    @Test
    void test_configOption_missingFileIsAUsageError() {
        Path missing = home.resolve("missing.yaml");

        Cli.Run run = Cli.run(
                "",
                false,
                Map.of(OptionsV4Home.VARIABLE, home.toString()),
                "analyze",
                "--config",
                missing.toString(),
                "--show-config");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(missing.toString()).contains("no such file");
    }

    @Test
    void test_configOption_invalidFileIsAUsageErrorNamingIt() throws IOException {
        Path file = home.resolve("other.yaml");
        Files.writeString(file, "analysis:\n  exits:\n    minimumPremiumShare: 7\n");

        Cli.Run run = Cli.run(
                "",
                false,
                Map.of(OptionsV4Home.VARIABLE, home.toString()),
                "analyze",
                "--config",
                file.toString(),
                "--show-config");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file.toString());
    }
}
