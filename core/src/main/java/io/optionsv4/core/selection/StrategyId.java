package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * The identity of a stored strategy recommendation (the {@code strategies.id} key).
 *
 * @param value the id, {@code > 0}
 */
public record StrategyId(long value) {

    /** Validates that the id is positive. */
    public StrategyId {
        Checks.argument(value > 0, () -> "strategy id must be > 0 but was " + value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
