package io.optionsv4.core.selection;

import io.optionsv4.core.result.Checks;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The trading capital and the limits of every risk tolerance ({@code capital} in {@code selection.yaml}).
 *
 * <p>"Max loss &lt;= 2 % of capital per trade" is read as a fraction of the <em>options capital</em> of the tolerance:
 * {@link #maxLossPerTrade} = total x options share x max loss fraction (₹3 crore x 15 % x 2 % = ₹90,000 for a
 * conservative trader), because the options share is the capital the options book actually trades.
 *
 * @param totalCapital the whole trading capital in rupees, {@code > 0}
 * @param limits the limits of every {@link RiskTolerance}
 */
public record CapitalSettings(double totalCapital, Map<RiskTolerance, RiskLimits> limits) {

    /**
     * Validates the settings and copies the limits.
     *
     * @throws IllegalArgumentException when the capital is not positive or a tolerance has no limits
     */
    public CapitalSettings {
        Checks.positive(totalCapital, "totalCapital");
        Checks.notNull(limits, "limits");
        Set<RiskTolerance> missing = EnumSet.allOf(RiskTolerance.class);
        missing.removeAll(limits.keySet());
        Checks.argument(missing.isEmpty(), () -> "limits must cover every risk tolerance but misses " + missing);
        limits.values().forEach(l -> Checks.notNull(l, "limits"));
        limits = Map.copyOf(limits);
    }

    /** Returns the limits of {@code tolerance}. */
    public RiskLimits limits(RiskTolerance tolerance) {
        return limits.get(Checks.notNull(tolerance, "tolerance"));
    }

    /** Returns the capital that goes into options at {@code tolerance}: total x options share, rupees. */
    public double optionsCapital(RiskTolerance tolerance) {
        return totalCapital * limits(tolerance).optionsShare();
    }

    /** Returns the most one trade may lose at {@code tolerance}: options capital x max loss fraction, rupees. */
    public double maxLossPerTrade(RiskTolerance tolerance) {
        return optionsCapital(tolerance) * limits(tolerance).maxLossFraction();
    }
}
