package io.optionsv4.core.analysis;

import io.optionsv4.core.result.Checks;

/**
 * A support or resistance level with its strength and where it comes from. Maps onto the stored {@code
 * core.selection.PriceLevel} (type, price, strength).
 *
 * @param type support (below the reference price) or resistance (above it)
 * @param price the level in rupees, {@code > 0}
 * @param strength how much the level is expected to hold, in [0, 1] (each source documents its rule)
 * @param source how the level was found
 */
public record KeyLevel(Type type, double price, double strength, Source source) {

    /** Validates the level. */
    public KeyLevel {
        Checks.notNull(type, "type");
        Checks.positive(price, "price");
        Checks.argument(strength >= 0 && strength <= 1, () -> "strength must be in [0, 1] but was " + strength);
        Checks.notNull(source, "source");
    }

    /** The kind of level. */
    public enum Type {
        /** A level below the price, where buying tends to stop a fall. */
        SUPPORT,
        /** A level above the price, where selling tends to stop a rise. */
        RESISTANCE
    }

    /** Where a level comes from. */
    public enum Source {
        /** Clustered swing highs and lows of the daily candles ({@link SwingLevels}). */
        SWING_POINT,
        /** Edges of the volume profile's value area ({@link VolumeProfile}). */
        VOLUME_PROFILE,
        /** Psychological round numbers ({@link RoundNumbers}). */
        ROUND_NUMBER,
        /** Strikes with the largest open interest ({@link OiWalls}). */
        OI_WALL
    }
}
