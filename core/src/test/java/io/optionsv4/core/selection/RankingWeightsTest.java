package io.optionsv4.core.selection;

import static io.optionsv4.core.selection.SelectionFixtures.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingWeightsTest {

    private static Map<ScoreComponent, Double> valid() {
        return new EnumMap<>(weights().weights());
    }

    @Test
    void test_weight_penaltyForComplexity() {
        assertThat(weights().weight(ScoreComponent.COMPLEXITY)).isEqualTo(0.05);
        assertThat(weights().weight(ScoreComponent.GREEKS_PROFILE)).isEqualTo(0.04);
        assertThat(weights().weight(ScoreComponent.MOMENTUM)).isEqualTo(0.0);
    }

    @Test
    void test_new_sumWithinTolerance() {
        Map<ScoreComponent, Double> w = valid();
        w.put(ScoreComponent.PROBABILITY, 0.20 + 5e-10);

        assertThat(new RankingWeights(w, 0.05).weight(ScoreComponent.PROBABILITY))
                .isEqualTo(0.20 + 5e-10);
    }

    @Test
    void test_new_sumNotOne() {
        Map<ScoreComponent, Double> w = valid();
        w.put(ScoreComponent.PROBABILITY, 0.21);

        assertThatThrownBy(() -> new RankingWeights(w, 0.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 1");
    }

    @Test
    void test_new_missingComponent() {
        Map<ScoreComponent, Double> w = valid();
        w.remove(ScoreComponent.LIQUIDITY);
        w.put(ScoreComponent.PROBABILITY, 0.26);

        assertThatThrownBy(() -> new RankingWeights(w, 0.05)).hasMessageContaining("LIQUIDITY");
    }

    @Test
    void test_new_complexityAmongWeights() {
        Map<ScoreComponent, Double> w = valid();
        w.put(ScoreComponent.COMPLEXITY, 0.0);

        assertThatThrownBy(() -> new RankingWeights(w, 0.05)).hasMessageContaining("COMPLEXITY");
    }

    @Test
    void test_new_negativeWeightOrPenalty() {
        Map<ScoreComponent, Double> w = valid();
        w.put(ScoreComponent.PROBABILITY, -0.1);
        w.put(ScoreComponent.RISK_REWARD, 0.42);

        assertThatThrownBy(() -> new RankingWeights(w, 0.05)).hasMessageContaining("PROBABILITY");
        assertThatThrownBy(() -> new RankingWeights(valid(), 1.5)).hasMessageContaining("complexityPenalty");
    }
}
