package io.optionsv4.core.strategy;

import java.util.List;

/**
 * How a strategy's strikes must relate. Every rule requires the strikes strictly ascending ({@code K1 < K2 < ...});
 * butterflies add a condition on their wings.
 */
public enum StrikeRule {
    /** Strictly ascending strikes. */
    ASCENDING("K1 < K2 < ..."),
    /** Three ascending strikes with equal wings: {@code K2 - K1 = K3 - K2}. */
    EQUAL_WINGS("K1 < K2 < K3 and K2 - K1 = K3 - K2"),
    /** Three ascending strikes with the upper wing wider: {@code K3 - K2 > K2 - K1}. */
    UPPER_WING_WIDER("K1 < K2 < K3 and K3 - K2 > K2 - K1"),
    /** Three ascending strikes with the lower wing wider: {@code K2 - K1 > K3 - K2}. */
    LOWER_WING_WIDER("K1 < K2 < K3 and K2 - K1 > K3 - K2");

    private static final double WING_TOLERANCE = 1e-9;

    private final String condition;

    StrikeRule(String condition) {
        this.condition = condition;
    }

    /** Returns the condition in words, for help texts and messages. */
    public String condition() {
        return condition;
    }

    /**
     * Checks {@code strikes} against this rule.
     *
     * @throws IllegalArgumentException naming the strategy, the rule and the strikes when they break it
     */
    public void check(String strategyName, List<Double> strikes) {
        boolean ok = true;
        for (int i = 1; i < strikes.size(); i++) {
            ok &= strikes.get(i) > strikes.get(i - 1);
        }
        if (ok && this != ASCENDING) {
            double lower = strikes.get(1) - strikes.get(0);
            double upper = strikes.get(2) - strikes.get(1);
            double tolerance = WING_TOLERANCE * strikes.get(2);
            ok = switch (this) {
                case ASCENDING -> true;
                case EQUAL_WINGS -> Math.abs(upper - lower) <= tolerance;
                case UPPER_WING_WIDER -> upper > lower + tolerance;
                case LOWER_WING_WIDER -> lower > upper + tolerance;
            };
        }
        if (!ok) {
            throw new IllegalArgumentException(
                    strategyName + " needs strikes with " + condition + " but got " + strikes);
        }
    }
}
