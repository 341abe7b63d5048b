package io.optionsv4.core.allocation;

import static io.optionsv4.core.allocation.AllocationFixtures.candidate;
import static io.optionsv4.core.allocation.AllocationFixtures.industry;
import static io.optionsv4.core.selection.Conviction.HIGH;
import static io.optionsv4.core.selection.Conviction.LOW;
import static io.optionsv4.core.selection.Conviction.MEDIUM;
import static io.optionsv4.core.strategy.DirectionalBias.BEARISH;
import static io.optionsv4.core.strategy.DirectionalBias.BULLISH;
import static io.optionsv4.core.strategy.DirectionalBias.NEUTRAL;
import static io.optionsv4.core.strategy.StrategyCategory.DIRECTIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.strategy.DirectionalBias;
import io.optionsv4.core.strategy.StrategyCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PortfolioAllocatorTest {

    private static final double CAPITAL = 10_000_000; // moderate: options budget ₹25 lakh
    private static final double BUDGET = 2_500_000;

    @Test
    void test_allocate_industryWeightsSetTheBudgets() {
        List<AllocationCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            candidates.add(candidate(i + 1, "BANK" + i, "Banks", BULLISH, DIRECTIONAL, HIGH, 20_000));
            candidates.add(candidate(i + 101, "IT" + i, "IT", BULLISH, DIRECTIONAL, HIGH, 20_000));
        }
        AllocationRequest request = request(
                candidates,
                List.of(industry("Banks", 30, PositionType.LONG), industry("IT", 10, PositionType.LONG)),
                AllocationFixtures.band(0.3, 0.95));

        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        Map<String, Double> used = allocation.industries().stream()
                .collect(Collectors.toMap(IndustryTotal::industry, IndustryTotal::capitalUsed));
        double deployable = BUDGET * 0.95;
        assertThat(allocation.fallbackSteps()).isEmpty();
        assertThat(used.get("Banks")).isLessThanOrEqualTo(0.30 * deployable).isGreaterThan(0.30 * deployable - 20_000);
        assertThat(used.get("IT")).isLessThanOrEqualTo(0.10 * deployable).isGreaterThan(0.10 * deployable - 20_000);
        assertThat(reasons(allocation)).containsKey(ExclusionReason.INDUSTRY_BUDGET_SPENT);
    }

    @Test
    void test_allocate_shortIndustryTakesBearishOrNeutralOnly() {
        AllocationRequest request = request(
                List.of(
                        candidate(1, "TATASTEEL", "Metals", BULLISH, DIRECTIONAL, HIGH, 20_000),
                        candidate(2, "JSWSTEEL", "Metals", BEARISH, DIRECTIONAL, HIGH, 20_000),
                        candidate(3, "HINDALCO", "Metals", NEUTRAL, StrategyCategory.NEUTRAL, HIGH, 20_000)),
                List.of(industry("Metals", 100, PositionType.SHORT)),
                AllocationSettings.DEFAULT);

        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        assertThat(ids(allocation)).containsExactlyInAnyOrder(2L, 3L);
        assertThat(allocation.exclusions())
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(ExclusionReason.WRONG_DIRECTION_FOR_INDUSTRY));
    }

    @Test
    void test_allocate_tiersShareTheBudget60_30_10() {
        List<AllocationCandidate> candidates = new ArrayList<>();
        long id = 1;
        for (Conviction conviction : List.of(HIGH, MEDIUM, LOW)) {
            for (int i = 0; i < 40; i++, id++) {
                DirectionalBias bias = id % 2 == 0 ? BULLISH : BEARISH; // delta-balanced, so no Greek limit binds
                candidates.add(candidate(id, "S" + id, "Ind" + (id % 10), bias, DIRECTIONAL, conviction, 10_000));
            }
        }
        AllocationRequest request = request(candidates, List.of(), AllocationFixtures.positions(20, 200));

        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        Map<Tier, Double> byTier = allocation.positions().stream()
                .collect(Collectors.groupingBy(
                        AllocatedPosition::tier, Collectors.summingDouble(AllocatedPosition::capitalUsed)));
        double deployable = BUDGET * 0.95;
        assertThat(allocation.fallbackSteps()).isEmpty();
        assertThat(byTier.get(Tier.HIGH)).isCloseTo(0.60 * deployable, within(10_000.0));
        assertThat(byTier.get(Tier.MEDIUM)).isCloseTo(0.30 * deployable, within(10_000.0));
        assertThat(byTier.get(Tier.LOW)).isCloseTo(0.10 * deployable, within(10_000.0));
    }

    @Test
    void test_allocate_marketStateOrdersTheFamilies() {
        // Same tier; the directional one earns more, but a neutral, high-VIX market prefers neutral strategies.
        AllocationCandidate directional = candidate(1, "INFY", "IT", BULLISH, DIRECTIONAL, HIGH, 20_000, 2.0, 1500);
        AllocationCandidate condor =
                candidate(2, "TCS", "IT", NEUTRAL, StrategyCategory.NEUTRAL, HIGH, 20_000, 1.0, 3500);
        AllocationSettings onePosition = AllocationFixtures.positions(1, 1);

        Allocation neutral = PortfolioAllocator.STANDALONE.allocate(new AllocationRequest(
                List.of(directional, condor),
                List.of(),
                MarketState.NEUTRAL_HIGH_VIX,
                CAPITAL,
                RiskTolerance.MODERATE,
                List.of(),
                onePosition));
        Allocation bullish = PortfolioAllocator.STANDALONE.allocate(new AllocationRequest(
                List.of(directional, condor),
                List.of(),
                MarketState.BULLISH_LOW_VIX,
                CAPITAL,
                RiskTolerance.MODERATE,
                List.of(),
                onePosition));

        assertThat(ids(neutral)).containsExactly(2L);
        assertThat(ids(bullish)).containsExactly(1L);
        assertThat(neutral.exclusions())
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(ExclusionReason.POSITION_COUNT_LIMIT));
    }

    @Test
    void test_allocate_bestStrategyPerSymbolFirst() {
        AllocationCandidate better = candidate(1, "RELIANCE", "Energy", BULLISH, DIRECTIONAL, HIGH, 20_000, 2.0, 2500);
        AllocationCandidate worse = candidate(2, "RELIANCE", "Energy", BULLISH, DIRECTIONAL, HIGH, 20_000, 1.0, 2500);
        AllocationRequest request = request(List.of(worse, better), List.of(), AllocationFixtures.band(0.01, 0.95));

        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        assertThat(ids(allocation)).containsExactly(1L);
        assertThat(allocation.exclusions())
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(ExclusionReason.NOT_BEST_FOR_SYMBOL));
    }

    @Test
    void test_allocate_screenReasons() {
        AllocationCandidate losing = candidate(1, "A", "X", BULLISH, DIRECTIONAL, HIGH, 20_000, 0.1, 1000);
        AllocationCandidate huge = candidate(2, "B", "X", BULLISH, DIRECTIONAL, HIGH, 2_000_000);
        AllocationCandidate other = candidate(3, "C", "Y", BULLISH, DIRECTIONAL, HIGH, 20_000);
        AllocationRequest request = request(
                List.of(losing, huge, other),
                List.of(industry("X", 50, PositionType.LONG)),
                AllocationSettings.DEFAULT);

        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        assertThat(allocation.positions()).isEmpty();
        assertThat(allocation.exclusions())
                .extracting(Exclusion::reason)
                .containsExactly(
                        ExclusionReason.NON_POSITIVE_EV,
                        ExclusionReason.KELLY_BELOW_ONE_LOT,
                        ExclusionReason.INDUSTRY_NOT_ALLOCATED);
    }

    @Test
    void test_allocate_fallbackRaisesDeploymentWithinLimits() {
        List<AllocationCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            candidates.add(candidate(i + 1, "S" + i, "Ind" + (i % 4), BULLISH, DIRECTIONAL, LOW, 25_000));
            candidates.add(
                    candidate(i + 101, "S" + i, "Ind" + (i % 4), NEUTRAL, StrategyCategory.NEUTRAL, LOW, 15_000));
        }
        AllocationRequest request = request(candidates, List.of(), AllocationSettings.DEFAULT);

        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        // LOW tier alone gets 10 % of the deployable budget in the first pass; the fallback lifts it to the band.
        assertThat(allocation.fallbackSteps()).contains(FallbackStep.RELAX_TIER_BUDGETS);
        assertThat(allocation.deployment()).isBetween(0.80, 0.95);
        PortfolioAllocatorProperties.assertWithinLimits(request, allocation);
    }

    @Test
    void test_allocate_openPositionsConsumeTheLimits() {
        AllocationCandidate held = candidate(1, "HDFCBANK", "Banks", BULLISH, DIRECTIONAL, HIGH, 50_000);
        AllocationCandidate fresh = candidate(2, "HDFCBANK", "Banks", BULLISH, DIRECTIONAL, HIGH, 10_000);
        // The greedy passes see the capital ladder's rung at or below the capital (PortfolioAllocator): 10 % of its
        // budget per symbol, of which the open 4 lots use ₹2 lakh; the rest holds whole lots of ₹10,000.
        double rung = PortfolioAllocator.rung(PortfolioAllocator.topRung(CAPITAL));
        AllocationRequest request = new AllocationRequest(
                List.of(fresh),
                List.of(),
                MarketState.BULLISH_NORMAL_VIX,
                CAPITAL,
                RiskTolerance.MODERATE,
                List.of(new Holding(held, 4)),
                AllocationSettings.DEFAULT);
        double symbolCap = request.withCapital(rung).optionsBudget() * 0.10;
        int room = (int) Math.floor((symbolCap - 200_000) / 10_000);

        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        assertThat(room).isEqualTo(4);
        assertThat(allocation.positions())
                .singleElement()
                .satisfies(p -> assertThat(p.lots()).isEqualTo(room));
        assertThat(allocation.totalMargin()).isCloseTo(200_000 + room * 10_000, within(1e-6));
    }

    @Test
    void test_allocate_basketMarginIsTheDeployedFigure() {
        List<AllocationCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            candidates.add(candidate(i + 1, "S" + i, "Ind" + (i % 5), BULLISH, DIRECTIONAL, HIGH, 20_000));
        }
        BasketMargin halfOff = holdings -> 0.5 * BasketMargin.STANDALONE.totalMargin(holdings);
        AllocationRequest request = request(candidates, List.of(), AllocationSettings.DEFAULT);

        Allocation standalone = PortfolioAllocator.STANDALONE.allocate(request);
        Allocation hedged = new PortfolioAllocator(halfOff).allocate(request);

        double capital = hedged.newCapitalUsed();
        assertThat(hedged.totalMargin()).isCloseTo(0.5 * capital, within(1e-6));
        assertThat(capital).isGreaterThan(standalone.newCapitalUsed());
    }

    @Test
    void test_allocate_reportsReturnSharpeAndGreeks() {
        AllocationCandidate c = candidate(1, "SBIN", "Banks", BULLISH, DIRECTIONAL, HIGH, 20_000);
        AllocationRequest request = request(List.of(c), List.of(), AllocationSettings.DEFAULT);

        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(request);

        AllocatedPosition p = allocation.positions().get(0);
        int lots = p.lots();
        double sd = Math.sqrt(c.outcomes().variancePerLot()) * lots;
        assertThat(allocation.expectedNetPnl()).isCloseTo(c.netEvPerLot() * lots, within(1e-6));
        assertThat(allocation.expectedMonthlyReturn()).isCloseTo(c.netEvPerLot() * lots / BUDGET, within(1e-12));
        assertThat(allocation.expectedSharpe()).isCloseTo(c.netEvPerLot() * lots / sd, within(1e-9));
        assertThat(allocation.greeks().niftyDelta()).isCloseTo(c.exposure().niftyDeltaPerLot() * lots, within(1e-9));
        assertThat(allocation.greeks().vega()).isCloseTo(c.exposure().vegaPerLot() * lots, within(1e-9));
        assertThat(p.expectedNetReturn()).isCloseTo(c.returnOnCapital(), within(1e-12));
    }

    @Test
    void test_allocate_holdsEveryLegToTheLotsPerOrderLimit() {
        // Cheap lots and a large budget: without the limit, capital alone would allow far more than 20 lots.
        AllocationCandidate plain = candidate(1, "NIFTY", "Index", NEUTRAL, StrategyCategory.NEUTRAL, HIGH, 2_000);
        AllocationCandidate base = candidate(2, "BANKNIFTY", "Banks", NEUTRAL, StrategyCategory.NEUTRAL, HIGH, 2_000);
        AllocationCandidate ratio = new AllocationCandidate(
                base.id(),
                base.symbol(),
                base.industry(),
                base.bias(),
                base.category(),
                base.conviction(),
                base.marketFit(),
                base.capitalPerLot(),
                base.outcomes(),
                base.netEvPerLot(),
                base.exposure(),
                2,
                Integer.MAX_VALUE);
        HardLimits d = HardLimits.DEFAULT;
        HardLimits unlimited = new HardLimits(
                d.strategyShare(),
                d.industryShare(),
                d.symbolShare(),
                d.optionsShare(),
                d.niftyDeltaShare(),
                d.vegaShare(),
                1_000_000);

        Map<Long, Integer> free = lots(PortfolioAllocator.STANDALONE.allocate(
                request(List.of(plain, ratio), List.of(), AllocationSettings.DEFAULT.withLimits(unlimited))));
        Allocation limited = PortfolioAllocator.STANDALONE.allocate(
                request(List.of(plain, ratio), List.of(), AllocationSettings.DEFAULT));

        assertThat(free.get(1L)).as("capital alone allows more").isGreaterThan(20);
        assertThat(free.get(2L)).as("capital alone allows more").isGreaterThan(10);
        assertThat(lots(limited)).containsEntry(1L, 20).containsEntry(2L, 10);
    }

    @Test
    void test_allocate_sizesNoStrategyBeyondItsBooks() {
        AllocationCandidate deep = candidate(1, "NIFTY", "Index", NEUTRAL, StrategyCategory.NEUTRAL, HIGH, 2_000);
        AllocationCandidate b = candidate(2, "BANKNIFTY", "Banks", NEUTRAL, StrategyCategory.NEUTRAL, HIGH, 2_000);
        AllocationCandidate thin = new AllocationCandidate(
                b.id(),
                b.symbol(),
                b.industry(),
                b.bias(),
                b.category(),
                b.conviction(),
                b.marketFit(),
                b.capitalPerLot(),
                b.outcomes(),
                b.netEvPerLot(),
                b.exposure(),
                1,
                3);
        AllocationCandidate c = candidate(3, "FINNIFTY", "Finance", NEUTRAL, StrategyCategory.NEUTRAL, HIGH, 2_000);
        AllocationCandidate dry = new AllocationCandidate(
                c.id(),
                c.symbol(),
                c.industry(),
                c.bias(),
                c.category(),
                c.conviction(),
                c.marketFit(),
                c.capitalPerLot(),
                c.outcomes(),
                c.netEvPerLot(),
                c.exposure(),
                1,
                0);

        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(
                request(List.of(deep, thin, dry), List.of(), AllocationSettings.DEFAULT));

        assertThat(lots(allocation)).containsEntry(1L, 20).containsEntry(2L, 3).doesNotContainKey(3L);
        assertThat(allocation.exclusions())
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(ExclusionReason.LIQUIDITY_LIMIT));
    }

    private static Map<Long, Integer> lots(Allocation allocation) {
        return allocation.positions().stream()
                .collect(Collectors.toMap(p -> p.candidate().id().value(), AllocatedPosition::lots));
    }

    private static AllocationRequest request(
            List<AllocationCandidate> candidates, List<IndustryAllocation> industries, AllocationSettings settings) {
        return new AllocationRequest(
                candidates,
                industries,
                MarketState.BULLISH_NORMAL_VIX,
                CAPITAL,
                RiskTolerance.MODERATE,
                List.of(),
                settings);
    }

    private static List<Long> ids(Allocation allocation) {
        return allocation.positions().stream()
                .map(p -> p.candidate().id())
                .map(StrategyId::value)
                .toList();
    }

    private static Map<ExclusionReason, Long> reasons(Allocation allocation) {
        return allocation.exclusions().stream()
                .collect(Collectors.groupingBy(Exclusion::reason, Collectors.counting()));
    }
}
