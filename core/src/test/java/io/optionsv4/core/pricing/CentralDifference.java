package io.optionsv4.core.pricing;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Central finite differences, the independent check of every analytic Greek. Truncation error is O(h²). */
final class CentralDifference {

    private CentralDifference() {}

    /** {@code f'(x) ≈ (f(x + h) − f(x − h)) / 2h}. */
    static double first(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /** {@code f''(x) ≈ (f(x + h) − 2 f(x) + f(x − h)) / h²}. */
    static double second(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - 2 * f.applyAsDouble(x) + f.applyAsDouble(x - h)) / (h * h);
    }

    /** {@code ∂²f/∂x∂y ≈ (f(x+h, y+k) − f(x+h, y−k) − f(x−h, y+k) + f(x−h, y−k)) / 4hk}. */
    static double mixed(DoubleBinaryOperator f, double x, double y, double h, double k) {
        return (f.applyAsDouble(x + h, y + k)
                        - f.applyAsDouble(x + h, y - k)
                        - f.applyAsDouble(x - h, y + k)
                        + f.applyAsDouble(x - h, y - k))
                / (4 * h * k);
    }
}
