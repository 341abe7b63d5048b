package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * Psychological round-number levels around a price. The step is half a unit of the price's second significant
 * digit, {@code 5 · 10^(floor(log10 price) − 2)}: 500 for 12,130, 50 for 1,234, 5 for 250. Strength: 1 for a
 * multiple of ten steps, 0.75 for a multiple of two steps, else 0.5 (12,000 → 0.75, 10,000 → 1, 12,500 → 0.5).
 * Stateless.
 */
public final class RoundNumbers {

    private RoundNumbers() {}

    /** Returns the round-number step for {@code price}, rupees. */
    public static double step(double price) {
        Checks.positive(price, "price");
        return 5 * Math.pow(10, Math.floor(Math.log10(price)) - 2);
    }

    /**
     * Returns the {@code perSide} round numbers strictly below {@code price} (supports, nearest first) and the
     * {@code perSide} strictly above (resistances, nearest first).
     *
     * @param price the reference price, rupees, {@code > 0}
     * @param perSide levels wanted on each side, {@code > 0}
     */
    public static List<KeyLevel> around(double price, int perSide) {
        Checks.positive(perSide, "perSide");
        double step = step(price);
        long below = (long) Math.ceil(price / step - 1e-9) - 1;
        long above = (long) Math.floor(price / step + 1e-9) + 1;
        List<KeyLevel> levels = new ArrayList<>(2 * perSide);
        for (int i = 0; i < perSide && below - i > 0; i++) {
            levels.add(level(KeyLevel.Type.SUPPORT, below - i, step));
        }
        for (int i = 0; i < perSide; i++) {
            levels.add(level(KeyLevel.Type.RESISTANCE, above + i, step));
        }
        return levels;
    }

    private static KeyLevel level(KeyLevel.Type type, long multiple, double step) {
        double strength = multiple % 10 == 0 ? 1 : multiple % 2 == 0 ? 0.75 : 0.5;
        return new KeyLevel(type, multiple * step, strength, KeyLevel.Source.ROUND_NUMBER);
    }
}
