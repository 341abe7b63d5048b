package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import java.util.List;

/**
 * What one lot of a candidate is exposed to: its legs for full revaluation, its Greeks for the portfolio limits and
 * its underlying's link to NIFTY.
 *
 * @param spot the underlying's spot price as of the allocation day, rupees, {@code > 0}
 * @param betaToNifty the underlying's beta to NIFTY 50 (1 for NIFTY itself), finite; the scenario grid moves the spot
 *     by {@code beta × NIFTY move}
 * @param dividendYield the underlying's continuously compounded dividend yield, annual decimal, finite
 * @param deltaPerLot one lot's delta in rupees per 1 % move of the underlying ({@code Σ units · delta · spot / 100})
 * @param vegaPerLot one lot's vega in rupees per volatility point ({@code Σ units · vega})
 * @param legs the option legs, at least one
 * @param underlyingUnitsPerLot signed units of the underlying itself in one lot (shares of a covered call), else 0;
 *     entered at {@code spot}
 */
public record ExposureProfile(
        double spot,
        double betaToNifty,
        double dividendYield,
        double deltaPerLot,
        double vegaPerLot,
        List<AllocationLeg> legs,
        double underlyingUnitsPerLot) {

    /** Validates the profile and copies the legs. */
    public ExposureProfile {
        Checks.positive(spot, "spot");
        Checks.finite(betaToNifty, "betaToNifty");
        Checks.finite(dividendYield, "dividendYield");
        Checks.finite(deltaPerLot, "deltaPerLot");
        Checks.finite(vegaPerLot, "vegaPerLot");
        legs = List.copyOf(Checks.notNull(legs, "legs"));
        Checks.argument(!legs.isEmpty(), "legs must not be empty");
        Checks.finite(underlyingUnitsPerLot, "underlyingUnitsPerLot");
    }

    /** Returns one lot's delta in rupees per 1 % move of NIFTY: {@code deltaPerLot × betaToNifty}. */
    public double niftyDeltaPerLot() {
        return deltaPerLot * betaToNifty;
    }
}
