package io.optionsv4.core.allocation;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.RiskTolerance;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The limits the allocator never exceeds. Capital shares are fractions of the <em>options budget</em> (capital × the
 * options share of the risk profile), because that is the capital the options book trades; Greek limits are fractions
 * of the same budget.
 *
 * @param strategyShare capital of one strategy (capital per lot × lots, open lots included) ≤ this share, in (0, 1]
 * @param industryShare capital of one industry ≤ this share, in (0, 1]
 * @param symbolShare capital of one underlying ≤ this share, in (0, 1]
 * @param optionsShare the options budget as a share of the total capital, per risk profile, each in (0, 1]
 * @param niftyDeltaShare |portfolio delta in rupees per 1 % NIFTY move (beta-weighted)| ≤ this share, {@code > 0}
 * @param vegaShare |portfolio vega in rupees per volatility point| ≤ this share, {@code > 0}
 * @param maxLotsPerLeg the most lots any leg of one strategy may hold (the execution's lots-per-order limit, which
 *     refuses a larger strategy at the pre-trade checks), {@code > 0}
 */
public record HardLimits(
        double strategyShare,
        double industryShare,
        double symbolShare,
        Map<RiskTolerance, Double> optionsShare,
        double niftyDeltaShare,
        double vegaShare,
        int maxLotsPerLeg) {

    /** The execution's default lots-per-order limit, which the allocation holds every leg to. */
    public static final int DEFAULT_MAX_LOTS_PER_LEG = 20;

    /**
     * The limits: 15 % per strategy, 30 % per industry, 10 % per symbol, options 15/25/40 %; Greeks 3/2 %; 20
     * lots a leg.
     */
    public static final HardLimits DEFAULT = new HardLimits(
            0.15,
            0.30,
            0.10,
            Map.of(RiskTolerance.CONSERVATIVE, 0.15, RiskTolerance.MODERATE, 0.25, RiskTolerance.AGGRESSIVE, 0.40),
            0.03,
            0.02,
            DEFAULT_MAX_LOTS_PER_LEG);

    /** Limits with the default {@link #DEFAULT_MAX_LOTS_PER_LEG}. */
    public HardLimits(
            double strategyShare,
            double industryShare,
            double symbolShare,
            Map<RiskTolerance, Double> optionsShare,
            double niftyDeltaShare,
            double vegaShare) {
        this(
                strategyShare,
                industryShare,
                symbolShare,
                optionsShare,
                niftyDeltaShare,
                vegaShare,
                DEFAULT_MAX_LOTS_PER_LEG);
    }

    /** Validates the limits and copies the options shares. */
    public HardLimits {
        share(strategyShare, "strategyShare");
        share(industryShare, "industryShare");
        share(symbolShare, "symbolShare");
        Checks.notNull(optionsShare, "optionsShare");
        Set<RiskTolerance> missing = EnumSet.allOf(RiskTolerance.class);
        missing.removeAll(optionsShare.keySet());
        Checks.argument(missing.isEmpty(), () -> "optionsShare must cover every risk profile but misses " + missing);
        optionsShare.values().forEach(v -> share(Checks.notNull(v, "optionsShare value"), "optionsShare"));
        optionsShare = Map.copyOf(new EnumMap<>(optionsShare));
        Checks.positive(niftyDeltaShare, "niftyDeltaShare");
        Checks.positive(vegaShare, "vegaShare");
        Checks.positive(maxLotsPerLeg, "maxLotsPerLeg");
    }

    /** Returns the options budget of {@code capital} at {@code profile}: capital × options share, rupees. */
    public double optionsBudget(double capital, RiskTolerance profile) {
        return capital * optionsShare.get(Checks.notNull(profile, "profile"));
    }

    private static void share(double value, String name) {
        Checks.argument(value > 0 && value <= 1, name + " must be in (0, 1] but was " + value);
    }
}
