package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The weights of the composite score ({@code ranking} in {@code selection.yaml}).
 *
 * @param weights the weight of every additive {@link ScoreComponent} (all but {@link ScoreComponent#COMPLEXITY}), each
 *     a fraction in [0, 1], together 1 within {@value #SUM_TOLERANCE}
 * @param complexityPenalty the weight of the complexity penalty, a fraction in [0, 1]
 */
public record RankingWeights(Map<ScoreComponent, Double> weights, double complexityPenalty) {

    /** How far the sum of the weights may be from 1. */
    public static final double SUM_TOLERANCE = 1e-9;

    /**
     * Validates the weights and copies them.
     *
     * @throws IllegalArgumentException when a component is missing, COMPLEXITY is among the weights, a weight is not a
     *     fraction or the sum is not 1
     */
    public RankingWeights {
        Checks.notNull(weights, "weights");
        Checks.argument(
                !weights.containsKey(ScoreComponent.COMPLEXITY),
                "weights must not contain COMPLEXITY: its weight is complexityPenalty");
        Set<ScoreComponent> missing = EnumSet.allOf(ScoreComponent.class);
        missing.remove(ScoreComponent.COMPLEXITY);
        missing.removeAll(weights.keySet());
        Checks.argument(missing.isEmpty(), () -> "weights must cover every score component but miss " + missing);
        double sum = 0;
        for (Map.Entry<ScoreComponent, Double> e : weights.entrySet()) {
            Fractions.check(Checks.notNull(e.getValue(), "weight of " + e.getKey()), "weight of " + e.getKey());
            sum += e.getValue();
        }
        Checks.argument(Math.abs(sum - 1) <= SUM_TOLERANCE, "weights must sum to 1 but sum to " + sum + ": " + weights);
        Fractions.check(complexityPenalty, "complexityPenalty");
        weights = Map.copyOf(weights);
    }

    /** Returns the weight of {@code component}: the complexity penalty for {@link ScoreComponent#COMPLEXITY}. */
    public double weight(ScoreComponent component) {
        return component.isPenalty() ? complexityPenalty : weights.get(component);
    }
}
