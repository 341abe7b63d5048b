package io.optionsv4.core.allocation;

import static io.optionsv4.core.allocation.AllocationFixtures.candidate;
import static io.optionsv4.core.selection.Conviction.HIGH;
import static io.optionsv4.core.strategy.DirectionalBias.BULLISH;
import static io.optionsv4.core.strategy.StrategyCategory.DIRECTIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.selection.RiskTolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeploymentShortfallTest {

    /** Three losing plans and one winner capped at 15 % of the budget: far below the 80 % floor. */
    private static Allocation smallBook() {
        List<AllocationCandidate> candidates = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            candidates.add(candidate(i, "LOSER" + i, "Banks", BULLISH, DIRECTIONAL, HIGH, 20_000, 0.0, 1000));
        }
        candidates.add(candidate(4, "WINNER", "Banks", BULLISH, DIRECTIONAL, HIGH, 20_000, 1.0, 1000));
        return PortfolioAllocator.STANDALONE.allocate(new AllocationRequest(
                candidates,
                List.of(),
                MarketState.BULLISH_NORMAL_VIX,
                10_000_000,
                RiskTolerance.MODERATE,
                List.of(),
                AllocationSettings.DEFAULT));
    }

    @Test
    void test_below_namesTheScreensThatEmptiedTheBook_whenDeploymentIsUnderTheFloor() {
        Allocation allocation = smallBook();

        assertThat(allocation.deployment()).isLessThan(0.80);
        assertThat(DeploymentShortfall.below(allocation, 0.80))
                .contains("3 of 4 candidates have zero or negative expected P&L under the plan");
    }

    @Test
    void test_below_isEmpty_whenDeploymentReachesTheFloor() {
        Allocation allocation = smallBook();

        assertThat(DeploymentShortfall.below(allocation, allocation.deployment()))
                .isEmpty();
    }

    @Test
    void test_reason_namesTheBindingLimitWithItsCount_whenALimitExcludedCandidates() {
        List<AllocationCandidate> candidates = new ArrayList<>();
        // 80 symbols at ₹1,00,000 a lot against a budget of ₹25 lakh: the book fills and the industry limit binds on
        // the rest.
        for (int i = 1; i <= 80; i++) {
            candidates.add(candidate(i, "S" + i, "Banks", BULLISH, DIRECTIONAL, HIGH, 100_000));
        }
        Allocation allocation = PortfolioAllocator.STANDALONE.allocate(new AllocationRequest(
                candidates,
                List.of(),
                MarketState.BULLISH_NORMAL_VIX,
                10_000_000,
                RiskTolerance.MODERATE,
                List.of(),
                AllocationSettings.DEFAULT));
        Map<ExclusionReason, Long> counts = allocation.exclusions().stream()
                .collect(Collectors.groupingBy(Exclusion::reason, Collectors.counting()));

        // All in one industry: the 30 % industry limit is what stops the book.
        assertThat(counts).containsOnlyKeys(ExclusionReason.INDUSTRY_LIMIT);
        assertThat(DeploymentShortfall.reason(allocation))
                .isEqualTo("the per-industry limit bound " + counts.get(ExclusionReason.INDUSTRY_LIMIT));
    }
}
