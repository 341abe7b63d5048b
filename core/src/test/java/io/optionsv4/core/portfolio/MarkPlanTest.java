package io.optionsv4.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkPlanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static RecentStrategy strategy(long id, String symbol, double score, Long evPaise, StatusEntry entry) {
        return new RecentStrategy(
                new StrategyId(id),
                DAY,
                symbol,
                "Iron Condor",
                Conviction.of(score),
                score,
                Optional.ofNullable(evPaise).map(Money::ofPaise),
                0.6,
                Optional.of(Money.ofWholeRupees(50_000)),
                Optional.ofNullable(entry));
    }

    private static StatusEntry mark(StrategyStatus state, int lots) {
        return new StatusEntry(state, Optional.of(lots), "", Instant.parse("2026-11-20T05:00:00Z"));
    }

    @Test
    void test_ranked_byScoreThenNetEvThenId() {
        List<RecentStrategy> all = List.of(
                strategy(1, "A", 50, 100L, null),
                strategy(2, "B", 60, null, null),
                strategy(3, "C", 50, 200L, null),
                strategy(4, "D", 50, null, null),
                strategy(5, "E", 50, 200L, null));

        assertThat(MarkPlan.ranked(all)).extracting(s -> s.id().value()).containsExactly(2L, 3L, 5L, 1L, 4L);
    }

    @Test
    void test_top_skipsMarkedAndExecuted_sayingWhy() {
        List<RecentStrategy> all = List.of(
                strategy(1, "A", 70, 100L, mark(StrategyStatus.ALLOCATED, 3)),
                strategy(2, "B", 65, 100L, null),
                strategy(3, "C", 60, 100L, mark(StrategyStatus.EXECUTED, 1)),
                strategy(4, "D", 55, 100L, mark(StrategyStatus.MARKED, 1)),
                strategy(5, "E", 50, 100L, null),
                strategy(6, "F", 45, 100L, null));

        List<MarkDecision> top = MarkPlan.top(all, 5);

        assertThat(top).extracting(d -> d.strategy().id().value()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(top).extracting(MarkDecision::marks).containsExactly(false, true, false, false, true);
        assertThat(top.get(0).skipReason()).contains("already marked by an allocation (3 lots)");
        assertThat(top.get(2).skipReason()).contains("already executed (EXECUTED)");
        assertThat(top.get(3).skipReason()).contains("already marked (1 lot)");
    }

    @Test
    void test_top_refusesZero() {
        assertThatThrownBy(() -> MarkPlan.top(List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n");
    }

    @Test
    void test_best_takesTheSymbolsBestRanked_caseInsensitive() {
        List<RecentStrategy> all = List.of(
                strategy(1, "RELIANCE", 40, 100L, null),
                strategy(2, "RELIANCE", 45, 100L, mark(StrategyStatus.FAILED, 1)),
                strategy(3, "TCS", 90, 100L, null));

        MarkDecision best = MarkPlan.best(all, " reliance ").orElseThrow();

        assertThat(best.strategy().id().value()).isEqualTo(2L);
        assertThat(best.marks()).isTrue();
        assertThat(best.skipReason()).isEmpty();
        assertThat(MarkPlan.best(all, "INFY")).isEmpty();
    }

    @Test
    void test_decide_marksAStrategyWithoutState() {
        MarkDecision d = MarkPlan.decide(strategy(9, "A", 50, null, null));

        assertThat(d.marks()).isTrue();
        assertThat(d.skipReason()).isEmpty();
    }

    @Test
    void test_decide_marksAFailedOrCancelledStrategyAgain_butNotAClosedOne() {
        assertThat(MarkPlan.decide(strategy(9, "A", 50, null, mark(StrategyStatus.CANCELLED, 1)))
                        .marks())
                .isTrue();
        assertThat(MarkPlan.decide(strategy(9, "A", 50, null, mark(StrategyStatus.FAILED, 1)))
                        .marks())
                .isTrue();
        assertThat(MarkPlan.decide(strategy(9, "A", 50, null, mark(StrategyStatus.CLOSED, 1)))
                        .skipReason())
                .contains("already traded and closed");
    }

    @Test
    void test_executionState_allocatedReadsAsMarked() {
        assertThat(StrategyStatus.ALLOCATED.marked()).isTrue();
        assertThat(StrategyStatus.ALLOCATED.display()).isEqualTo("MARKED");
        assertThat(StrategyStatus.EXECUTED.marked()).isFalse();
        assertThat(StrategyStatus.PARTIAL.traded()).isTrue();
        assertThat(StrategyStatus.CANCELLED.finished()).isTrue();
        assertThat(StrategyStatus.FAILED.remarkable()).isTrue();
    }
}
