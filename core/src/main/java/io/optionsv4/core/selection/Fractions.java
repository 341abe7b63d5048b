package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/** The check shared by the records of this package for figures that are fractions (0.25 = 25 %). */
final class Fractions {

    private Fractions() {}

    /** Returns {@code value} when it lies in [0, 1]. */
    static double check(double value, String name) {
        Checks.argument(value >= 0 && value <= 1, name + " must be a fraction in [0, 1] but was " + value);
        return value;
    }
}
