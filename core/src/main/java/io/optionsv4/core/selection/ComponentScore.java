package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * One component of a recommendation's total score ({@code strategy_component_scores}).
 *
 * @param component the component's name, e.g. {@code probability}, {@code risk_reward}, {@code market_fit}
 * @param score the component's score (finite; the ranker fixes the scale)
 * @param weight the component's weight in the total, a fraction in [0, 1]
 */
public record ComponentScore(String component, double score, double weight) {

    /** Validates the component. */
    public ComponentScore {
        Checks.notBlank(component, "component");
        Checks.finite(score, "score");
        Fractions.check(weight, "weight");
    }
}
