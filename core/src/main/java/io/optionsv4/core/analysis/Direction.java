package io.optionsv4.core.analysis;

/** The direction of an underlying's trend: up, down or sideways. Used by the trend analysis and the market state. */
public enum Direction {
    /** The price trends up. */
    BULLISH("Bullish"),
    /** The price trends down. */
    BEARISH("Bearish"),
    /** No clear trend either way. */
    NEUTRAL("Neutral");

    private final String displayName;

    Direction(String displayName) {
        this.displayName = displayName;
    }

    /** Returns the name shown to traders, e.g. {@code "Bullish"}. */
    public String displayName() {
        return displayName;
    }
}
