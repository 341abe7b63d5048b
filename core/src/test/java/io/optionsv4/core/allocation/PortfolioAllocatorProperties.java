package io.optionsv4.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Properties of the allocator over random candidate sets, limits recomputed here from the holdings and their legs. */
class PortfolioAllocatorProperties {

    private static final double SLACK = 1e-6;
    private static final String[] INDUSTRIES = {"Banks", "IT", "Pharma", "Autos", "Metals", "FMCG"};

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void test_allocate_neverExceedsALimit(@ForAll("requests") AllocationRequest request) {
        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        assertWithinLimits(request, allocation);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void test_allocate_neverExceedsALimitWithHedgeBenefit(@ForAll("requests") AllocationRequest request) {
        BasketMargin hedged = holdings -> 0.7 * BasketMargin.STANDALONE.totalMargin(holdings);

        Allocation allocation = new PortfolioAllocator(hedged).allocate(request);

        assertWithinLimits(request, allocation);
        assertThat(allocation.totalMargin())
                .isLessThanOrEqualTo(
                        request.optionsBudget() * request.settings().deploymentCeiling() * (1 + SLACK));
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void test_allocate_deterministicWhateverTheInputOrder(
            @ForAll("requests") AllocationRequest request, @ForAll long seed) {
        List<AllocationCandidate> shuffled = new ArrayList<>(request.candidates());
        Collections.shuffle(shuffled, new Random(seed));
        AllocationRequest reordered = new AllocationRequest(
                shuffled,
                request.industries(),
                request.marketState(),
                request.capital(),
                request.profile(),
                request.openPositions(),
                request.settings());

        Allocation first = PortfolioAllocator.STANDALONE.allocate(request);

        assertThat(PortfolioAllocator.STANDALONE.allocate(request)).isEqualTo(first);
        assertThat(PortfolioAllocator.STANDALONE.allocate(reordered).positions())
                .isEqualTo(first.positions());
    }

    @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
    void test_allocate_moreCapitalNeverDeploysLess(
            @ForAll("requests") AllocationRequest request, @ForAll @DoubleRange(min = 1, max = 4) double factor) {
        Allocation less = PortfolioAllocator.STANDALONE.allocate(request);
        Allocation more = PortfolioAllocator.STANDALONE.allocate(request.withCapital(request.capital() * factor));

        assertThat(more.totalMargin()).isGreaterThanOrEqualTo(less.totalMargin() * (1 - SLACK));
    }

    /** The seed that found a single greedy run deploying less with more capital (its 156th try: a fallback step). */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE, seed = "-1689448512734522287")
    void test_allocate_moreCapitalNeverDeploysLess_whenTheFallbackStepsDifferAtTheFoundSeed(
            @ForAll("requests") AllocationRequest request, @ForAll @DoubleRange(min = 1, max = 4) double factor) {
        test_allocate_moreCapitalNeverDeploysLess(request, factor);
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void test_allocate_everyCandidateTakenOrExplained(@ForAll("requests") AllocationRequest request) {
        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        Set<StrategyId> seen = new HashSet<>();
        allocation
                .positions()
                .forEach(p -> assertThat(seen.add(p.candidate().id())).isTrue());
        allocation
                .exclusions()
                .forEach(e -> assertThat(seen.add(e.candidate().id())).isTrue());
        assertThat(seen).hasSize(request.candidates().size());
    }

    static void assertWithinLimits(AllocationRequest request, Allocation allocation) {
        double budget = request.optionsBudget();
        HardLimits limits = request.settings().limits();
        Map<StrategyId, Double> byStrategy = new HashMap<>();
        Map<String, Double> bySymbol = new HashMap<>();
        Map<String, Double> byIndustry = new HashMap<>();
        double delta = 0;
        double vega = 0;
        double standalone = 0;
        List<Holding> book = new ArrayList<>(request.openPositions());
        for (AllocatedPosition p : allocation.positions()) {
            assertThat(p.lots()).isPositive();
            assertThat(p.capitalUsed()).isEqualTo(p.candidate().capitalPerLot() * p.lots());
            book.add(new Holding(p.candidate(), p.lots()));
        }
        for (Holding h : book) {
            AllocationCandidate c = h.candidate();
            double capital = c.capitalPerLot() * h.lots();
            standalone += capital;
            byStrategy.merge(c.id(), capital, Double::sum);
            bySymbol.merge(c.symbol(), capital, Double::sum);
            byIndustry.merge(c.industry(), capital, Double::sum);
            delta += h.lots() * legDelta(c) * c.exposure().betaToNifty();
            vega += h.lots() * legVega(c);
        }
        byStrategy.values().forEach(v -> assertThat(v).isLessThanOrEqualTo(budget * limits.strategyShare() + SLACK));
        bySymbol.values().forEach(v -> assertThat(v).isLessThanOrEqualTo(budget * limits.symbolShare() + SLACK));
        byIndustry.values().forEach(v -> assertThat(v).isLessThanOrEqualTo(budget * limits.industryShare() + SLACK));
        assertThat(Math.abs(delta)).isLessThanOrEqualTo(budget * limits.niftyDeltaShare() * (1 + SLACK));
        assertThat(Math.abs(vega)).isLessThanOrEqualTo(budget * limits.vegaShare() * (1 + SLACK));
        assertThat(allocation.totalMargin())
                .isLessThanOrEqualTo(budget * request.settings().deploymentCeiling() * (1 + SLACK));
        assertThat(allocation.deployment())
                .isLessThanOrEqualTo(request.settings().deploymentCeiling() + SLACK);
        assertThat(standalone).isGreaterThanOrEqualTo(allocation.totalMargin() - SLACK);
        assertThat(book.size()).isLessThanOrEqualTo(request.settings().maxPositions());
    }

    /** One lot's delta in rupees per 1 % move, straight from the legs. */
    private static double legDelta(AllocationCandidate c) {
        ExposureProfile e = c.exposure();
        double delta = e.underlyingUnitsPerLot() * e.spot() / 100;
        for (AllocationLeg leg : e.legs()) {
            delta += leg.unitsPerLot() * greeks(leg, e).delta() * e.spot() / 100;
        }
        return delta;
    }

    private static double legVega(AllocationCandidate c) {
        double vega = 0;
        for (AllocationLeg leg : c.exposure().legs()) {
            vega += leg.unitsPerLot() * greeks(leg, c.exposure()).vega();
        }
        return vega;
    }

    private static Greeks greeks(AllocationLeg leg, ExposureProfile e) {
        Right right = leg.right();
        return BlackScholesMerton.greeks(
                right,
                e.spot(),
                leg.strike(),
                leg.yearsToExpiry(),
                leg.impliedVol(),
                AllocationFixtures.RATE,
                e.dividendYield());
    }

    @Provide
    Arbitrary<AllocationRequest> requests() {
        return Arbitraries.longs().map(PortfolioAllocatorProperties::request);
    }

    /** A random request: 1-120 candidates on 1-40 symbols in 6 industries, random weights, capital and profile. */
    static AllocationRequest request(long seed) {
        Random random = new Random(seed);
        int symbols = 1 + random.nextInt(40);
        int count = 1 + random.nextInt(120);
        List<AllocationCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int s = random.nextInt(symbols);
            candidates.add(AllocationFixtures.candidate(
                    i + 1,
                    "SYM" + s,
                    INDUSTRIES[s % INDUSTRIES.length],
                    DirectionalBias.values()[random.nextInt(3)],
                    StrategyCategory.values()[random.nextInt(StrategyCategory.values().length)],
                    Conviction.values()[random.nextInt(Conviction.values().length)],
                    5_000 + random.nextDouble() * 195_000,
                    random.nextDouble() * 2.5,
                    100 + s * 137.0));
        }
        List<IndustryAllocation> industries = new ArrayList<>();
        if (random.nextInt(5) > 0) {
            double left = 100;
            for (String name : INDUSTRIES) {
                double w = Math.floor(random.nextDouble() * left * 100) / 100;
                left -= w;
                industries.add(AllocationFixtures.industry(name, w, PositionType.values()[random.nextInt(2)]));
            }
        }
        return new AllocationRequest(
                candidates,
                industries,
                MarketState.values()[random.nextInt(9)],
                200_000 + random.nextDouble() * 20_000_000,
                RiskTolerance.values()[random.nextInt(3)],
                List.of(),
                AllocationSettings.DEFAULT);
    }
}
