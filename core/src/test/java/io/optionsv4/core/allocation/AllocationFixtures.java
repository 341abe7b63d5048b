package io.optionsv4.core.allocation;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Candidates with real legs (credit spreads and condors priced with BSM) and requests for the allocator tests. */
final class AllocationFixtures {

    static final double RATE = 0.065;
    static final double YEARS = 30 / 365.0;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private AllocationFixtures() {}

    /** A candidate whose plan wins 20 % of its capital with P 0.6, loses 30 % with P 0.25, else 2 %. */
    static AllocationCandidate candidate(
            long id,
            String symbol,
            String industry,
            DirectionalBias bias,
            StrategyCategory category,
            Conviction conviction,
            double capitalPerLot) {
        return candidate(id, symbol, industry, bias, category, conviction, capitalPerLot, 1.0, 1000);
    }

    /** A candidate with the target P&amp;L scaled by {@code edge} (1 = standard), lot size 25 to 500 by id. */
    static AllocationCandidate candidate(
            long id,
            String symbol,
            String industry,
            DirectionalBias bias,
            StrategyCategory category,
            Conviction conviction,
            double capitalPerLot,
            double edge,
            double spot) {
        int lotSize = 25 * (1 + (int) (id % 20));
        OutcomeDistribution outcomes = new OutcomeDistribution(
                0.6, 0.25, 0.15, 0.2 * edge * capitalPerLot, -0.3 * capitalPerLot, 0.02 * capitalPerLot);
        double beta = 0.8 + (id % 5) * 0.1;
        List<AllocationLeg> legs = legs(bias, spot, lotSize);
        return new AllocationCandidate(
                new StrategyId(id),
                symbol,
                industry,
                bias,
                category,
                conviction,
                (id % 10) / 10.0,
                capitalPerLot,
                outcomes,
                outcomes.expectedPnlPerLot(),
                exposure(spot, beta, legs, 0),
                1,
                Integer.MAX_VALUE);
    }

    /** Builds an exposure whose delta and vega per lot come from the legs (BSM at each leg's IV). */
    static ExposureProfile exposure(double spot, double beta, List<AllocationLeg> legs, double underlyingUnits) {
        double delta = underlyingUnits * spot / 100;
        double vega = 0;
        for (AllocationLeg leg : legs) {
            Greeks g = BlackScholesMerton.greeks(
                    leg.right(), spot, leg.strike(), leg.yearsToExpiry(), leg.impliedVol(), RATE, 0);
            delta += leg.unitsPerLot() * g.delta() * spot / 100;
            vega += leg.unitsPerLot() * g.vega();
        }
        return new ExposureProfile(spot, beta, 0, delta, vega, legs, underlyingUnits);
    }

    /** Bull put spread, bear call spread or iron condor, 3 % and 6 % from spot, entered at model prices. */
    static List<AllocationLeg> legs(DirectionalBias bias, double spot, int lotSize) {
        List<AllocationLeg> legs = new ArrayList<>();
        if (bias != DirectionalBias.BEARISH) {
            legs.add(leg(Right.PUT, spot * 0.97, -lotSize, spot));
            legs.add(leg(Right.PUT, spot * 0.94, lotSize, spot));
        }
        if (bias != DirectionalBias.BULLISH) {
            legs.add(leg(Right.CALL, spot * 1.03, -lotSize, spot));
            legs.add(leg(Right.CALL, spot * 1.06, lotSize, spot));
        }
        return legs;
    }

    static AllocationLeg leg(Right right, double strike, int units, double spot) {
        double iv = 0.22;
        return new AllocationLeg(
                right, strike, YEARS, iv, units, BlackScholesMerton.price(right, spot, strike, YEARS, iv, RATE, 0));
    }

    static IndustryAllocation industry(String name, double weight, PositionType type) {
        return new IndustryAllocation(
                name,
                BigDecimal.valueOf(weight),
                type,
                OptionalDouble.empty(),
                IndustryAllocation.Source.IMPORTED,
                AS_OF);
    }

    /** The default settings with another deployment band. */
    static AllocationSettings band(double floor, double ceiling) {
        AllocationSettings d = AllocationSettings.DEFAULT;
        return new AllocationSettings(
                d.tierShares(),
                d.kellyFraction(),
                d.minPositions(),
                d.maxPositions(),
                floor,
                ceiling,
                d.limits(),
                d.familyPreferences(),
                d.riskFreeRate(),
                d.monthlyReturnTarget());
    }

    /** The default settings with other position counts. */
    static AllocationSettings positions(int min, int max) {
        AllocationSettings d = AllocationSettings.DEFAULT;
        return new AllocationSettings(
                d.tierShares(),
                d.kellyFraction(),
                min,
                max,
                d.deploymentFloor(),
                d.deploymentCeiling(),
                d.limits(),
                d.familyPreferences(),
                d.riskFreeRate(),
                d.monthlyReturnTarget());
    }
}
