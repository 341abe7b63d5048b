package io.optionsv4.core.conditions;

/** How much volatility the market prices in, read from India VIX: low, normal or high (see {@link VixThresholds}). */
public enum VixRegime {
    /** Cheap options: India VIX low by level or against its past year. */
    LOW("Low VIX"),
    /** Neither low nor high. */
    NORMAL("Normal VIX"),
    /** Expensive options: India VIX high by level or against its past year. */
    HIGH("High VIX");

    private final String displayName;

    VixRegime(String displayName) {
        this.displayName = displayName;
    }

    /** Returns the name shown to traders, e.g. {@code "Low VIX"}. */
    public String displayName() {
        return displayName;
    }
}
