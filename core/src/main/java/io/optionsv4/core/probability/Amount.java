package io.optionsv4.core.probability;

import io.optionsv4.core.result.Checks;

/**
 * A profit or loss figure in rupees that is either a finite number or unlimited (the payoff grows without bound as the
 * underlying rises). Used for maximum profit and maximum loss; "unlimited" is a variant of its own, never NaN or
 * {@code Double.MAX_VALUE}.
 */
public sealed interface Amount permits Amount.Finite, Amount.Unlimited {

    /** The single unlimited amount. */
    Amount UNLIMITED = new Unlimited();

    /** Returns a finite amount of {@code rupees}; throws {@link IllegalArgumentException} for NaN or infinity. */
    static Amount of(double rupees) {
        return new Finite(rupees);
    }

    /** Returns true when this amount is {@link #UNLIMITED}. */
    default boolean isUnlimited() {
        return this instanceof Unlimited;
    }

    /** Returns the rupees of a finite amount, or {@code other} when unlimited. */
    default double orElse(double other) {
        return switch (this) {
            case Finite f -> f.rupees();
            case Unlimited u -> other;
        };
    }

    /**
     * A finite amount in rupees.
     *
     * @param rupees the amount; finite
     */
    record Finite(double rupees) implements Amount {
        /** Validates that the amount is finite. */
        public Finite {
            Checks.finite(rupees, "rupees");
        }

        @Override
        public String toString() {
            return Double.toString(rupees);
        }
    }

    /** An amount without bound. Use {@link Amount#UNLIMITED}. */
    record Unlimited() implements Amount {
        @Override
        public String toString() {
            return "UNLIMITED";
        }
    }
}
