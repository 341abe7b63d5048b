package io.optionsv4.core.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link Allocation} of a finished run: positions, industry totals, Greeks, Sharpe, scenarios. */
final class AllocationSummary {

    private AllocationSummary() {}

    static Allocation of(
            AllocationRequest request,
            Book book,
            List<PortfolioAllocator.Ranked> taken,
            List<FallbackStep> steps,
            List<Exclusion> exclusions) {
        List<AllocatedPosition> positions = new ArrayList<>();
        for (PortfolioAllocator.Ranked r : taken) {
            AllocationCandidate c = r.candidate();
            int lots = book.newLots(r.id());
            positions.add(new AllocatedPosition(
                    c, lots, c.capitalPerLot() * lots, c.tier(), r.kellyFraction(), c.netEvPerLot() * lots));
        }
        List<Holding> holdings = book.holdings();
        double expected = 0;
        double variance = 0;
        double delta = 0;
        double vega = 0;
        for (Holding h : holdings) {
            AllocationCandidate c = h.candidate();
            expected += c.netEvPerLot() * h.lots();
            variance += c.outcomes().variancePerLot() * h.lots() * (double) h.lots();
            delta += c.exposure().niftyDeltaPerLot() * h.lots();
            vega += c.exposure().vegaPerLot() * h.lots();
        }
        BookLimits limits = book.limits();
        double sharpe = variance > 0 ? expected / Math.sqrt(variance) : 0;
        return new Allocation(
                positions,
                industries(request, limits, holdings),
                limits.budget(),
                book.totalMargin(),
                expected,
                request.settings().monthlyReturnTarget(),
                new PortfolioGreeks(delta, vega, limits.deltaCap(), limits.vegaCap()),
                sharpe,
                steps,
                exclusions,
                ScenarioRevaluation.standardGrid(holdings, request.settings().riskFreeRate()));
    }

    private static List<IndustryTotal> industries(AllocationRequest request, BookLimits limits, List<Holding> book) {
        Map<String, Double> weights = new HashMap<>();
        request.industries()
                .forEach(a -> weights.put(a.industry(), a.weightPercent().doubleValue()));
        Map<String, double[]> totals = new TreeMap<>();
        for (Holding h : book) {
            double[] t = totals.computeIfAbsent(h.candidate().industry(), k -> new double[3]);
            t[0] += h.capital();
            t[1]++;
            t[2] += h.candidate().netEvPerLot() * h.lots();
        }
        List<IndustryTotal> out = new ArrayList<>();
        totals.forEach((industry, t) -> out.add(new IndustryTotal(
                industry,
                weights.getOrDefault(industry, 0.0),
                limits.steering() ? limits.industryBudget(industry) : limits.industryCap(),
                t[0],
                (int) t[1],
                t[2])));
        return out;
    }
}
