package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;

/**
 * A support or resistance level of the stock with its strength ({@code strategy_price_levels}).
 *
 * @param type support or resistance
 * @param price the level in rupees, {@code > 0}
 * @param strength how often and how clearly the price turned there, a fraction in [0, 1]
 */
public record PriceLevel(Type type, double price, double strength) {

    /** Validates the level. */
    public PriceLevel {
        Checks.notNull(type, "type");
        Checks.positive(price, "price");
        Fractions.check(strength, "strength");
    }

    /** The kind of level. */
    public enum Type {
        /** A level below which the price has tended not to fall. */
        SUPPORT,
        /** A level above which the price has tended not to rise. */
        RESISTANCE
    }
}
