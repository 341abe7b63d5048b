package io.optionsv4.core.selection;

import java.util.Locale;

/**
 * The trader's appetite for risk ({@code --risk}): it sets the probability filter, the largest loss one trade may
 * carry and the share of capital that goes into options (see the capital settings of the probability filter).
 */
public enum RiskTolerance {
    /** Income first: high probability of profit, small losses. */
    CONSERVATIVE,
    /** Balanced (the default). */
    MODERATE,
    /** Directional and lower-probability trades allowed, larger losses accepted. */
    AGGRESSIVE;

    /** Returns the lower-case name used on the command line and in the configuration file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the tolerance named {@code text}, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
     */
    public static RiskTolerance parse(String text) {
        for (RiskTolerance tolerance : values()) {
            if (tolerance.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return tolerance;
            }
        }
        throw new IllegalArgumentException(
                "unknown risk tolerance '" + text + "': expected conservative, moderate or aggressive");
    }
}
