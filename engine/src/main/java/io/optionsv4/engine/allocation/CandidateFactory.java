package io.optionsv4.engine.allocation;

import io.optionsv4.core.allocation.AllocationCandidate;
import io.optionsv4.core.allocation.ExposureProfile;
import io.optionsv4.core.allocation.OutcomeDistribution;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.strategy.StrategyMetadata;
import io.optionsv4.core.strategy.StrategyRegistry;

/**
 * Builds the allocator's candidate from a stored strategy: family and bias from the registry, capital per lot from
 * the NSE margin model of the lot on its own, the plan's outcome distribution, net EV per lot = the plan's expected
 * P&amp;L per lot, market fit = ranking score / 100, delta per lot (₹ per 1 % move) and vega per lot (₹ per vol point)
 * from the stored per-unit Greeks.
 */
final class CandidateFactory {

    private final NseBasketMargin margin;

    CandidateFactory(NseBasketMargin margin) {
        this.margin = margin;
    }

    AllocationCandidate candidate(StoredStrategy s, StrategyLegs legs, double beta, int liquidityLots) {
        StrategyMetadata meta = StrategyRegistry.get(s.strategyName()).metadata();
        double capitalPerLot = margin.perLot(legs);
        if (!(capitalPerLot > 0)) {
            throw new NothingToAllocateException("strategy " + s.id().value() + " (" + s.symbol() + " "
                    + s.strategyName() + ") has no capital figure: its margin per lot is " + capitalPerLot);
        }
        OutcomeDistribution outcomes = s.outcomes()
                .orElseThrow(() -> new NothingToAllocateException(
                        "strategy " + s.id().value() + " has no plan outcomes stored; re-run options-v4 analyze"));
        double delta = 0;
        double vega = 0;
        int lotSize = s.lotSize().orElseThrow();
        for (RecommendedLeg leg : s.legs()) {
            int units = leg.signedLots() * lotSize;
            delta += leg.greeks().delta() * s.spot() / 100 * units;
            vega += leg.greeks().vega() * units;
        }
        ExposureProfile exposure = new ExposureProfile(s.spot(), beta, 0.0, delta, vega, legs.legs(), 0.0);
        return new AllocationCandidate(
                s.id(),
                s.symbol(),
                s.industry(),
                meta.directionalBias(),
                meta.category(),
                s.conviction(),
                Math.max(0, Math.min(1, s.totalScore() / 100)),
                capitalPerLot,
                outcomes,
                outcomes.expectedPnlPerLot(),
                exposure,
                s.legs().stream()
                        .mapToInt(leg -> Math.abs(leg.signedLots()))
                        .max()
                        .orElse(1),
                liquidityLots);
    }
}
