package io.optionsv4.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.analysis.IvEnvironment;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.market.OptionGreeks;
import io.optionsv4.core.probability.Amount;
import io.optionsv4.core.probability.StrategyFigures;
import io.optionsv4.core.strategy.DirectionalBias;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolAnalysisTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    @Test
    void test_legsKey_canonicalText() {
        assertThat(recommendation("Long Call", DAY.plusDays(29)).legsKey()).isEqualTo("BUY CALL 1520.0 2020-01-30 x1");
    }

    @Test
    void test_new_duplicateRecommendationRejected() {
        StrategyRecommendation r = recommendation("Long Call", DAY.plusDays(29));

        assertThatThrownBy(() -> analysis(List.of(r, r)))
                .hasMessageContaining("recommendation Long Call with legs BUY CALL 1520.0 2020-01-30 x1 appears twice");
    }

    @Test
    void test_new_legExpiringBeforeTheDayRejected() {
        assertThatThrownBy(() -> analysis(List.of(recommendation("Long Call", DAY.minusDays(1)))))
                .hasMessageContaining("is before the trade date 2020-01-01");
    }

    @Test
    void test_new_emptyRecommendationsRejected() {
        assertThatThrownBy(() -> analysis(List.of())).hasMessageContaining("at least one recommendation");
    }

    @Test
    void test_records_rejectOutOfRangeFigures() {
        assertThatThrownBy(() -> new RiskManagement(1.5, 0.5, 7, 100)).hasMessageContaining("profitTarget");
        assertThatThrownBy(() -> MarketLevels.of(100, 110, 105, 120)).hasMessageContaining("value area");
        assertThatThrownBy(() -> new MarketLevels(
                        100,
                        java.util.OptionalDouble.of(90),
                        java.util.OptionalDouble.empty(),
                        java.util.OptionalDouble.of(110)))
                .hasMessageContaining("all present or all absent");
        assertThat(MarketLevels.withoutValueArea(100).valueAreaLow()).isEmpty();
        assertThatThrownBy(() -> new GreekExposure(Double.NaN, 0, 0, 0)).hasMessageContaining("netDelta");
        assertThatThrownBy(() -> new ComponentScore("x", 1, 2)).hasMessageContaining("weight");
        assertThatThrownBy(() -> new StrategyId(0)).hasMessageContaining("strategy id");
    }

    private static SymbolAnalysis analysis(List<StrategyRecommendation> recommendations) {
        return new SymbolAnalysis(
                "RELIANCE",
                DAY,
                1520,
                new MarketAnalysis(DirectionalBias.NEUTRAL, 0.5, 0, 12, 1),
                IvAnalysis.ranked(0.2, java.util.OptionalDouble.of(0.18), 0.5, 0.5, IvEnvironment.NORMAL),
                MarketLevels.of(1500, 1490, 1500, 1510),
                List.of(),
                List.of(new ExpectedMoveRange(7, 40, 1480, 1560)),
                recommendations);
    }

    private static StrategyRecommendation recommendation(String name, LocalDate expiry) {
        return new StrategyRecommendation(
                name,
                List.of(new RecommendedLeg(
                        Side.BUY,
                        Right.CALL,
                        1520,
                        expiry,
                        1,
                        31.2,
                        0.2,
                        new OptionGreeks(0.5, 0.002, 1.7, -0.9, 0.4))),
                new StrategyFigures(Amount.UNLIMITED, Amount.of(-15_600), List.of(1551.2), 0.33, 17),
                new GreekExposure(0, 0, 0, 0),
                new RiskManagement(0.5, 0.5, 7, 15_600),
                List.of(),
                List.of(),
                0.5,
                Conviction.MEDIUM);
    }
}
