package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.analysis.IvSummary;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-memory IV history, on the cases {@code JdbiIvHistoryStoreIT} runs on PostgreSQL. */
class MemoryIvHistoryStoreTest extends io.optionsv4.store.IvHistoryStoreContract {

    @Override
    protected IvHistoryStore newStore() {
        return new MemoryIvHistoryStore();
    }

    /**
     * A row collected before the 30-day IV was recorded (NULL atm_iv_30d, V7) reads back without it and is not part of
     * the history: its atm_iv is the nearest expiry's, a different figure.
     */
    @Test
    void test_thirtyDayIvHistory_skipsRowsWithoutIt() {
        store.storeSummaries(List.of(summary("INFY", DAY, 0.10, OptionalDouble.empty())));
        store.storeSummaries(
                List.of(withoutThirtyDayIv(summary("INFY", DAY.plusDays(1), 0.5, OptionalDouble.empty()))));

        assertThat(store.thirtyDayIvHistory("INFY", DAY.plusDays(5), 10)).containsExactly(0.10 - 0.01);
        assertThat(store.summary("INFY", DAY.plusDays(1)).orElseThrow().thirtyDayIv())
                .isEmpty();
        assertThat(store.thirtyDayIvDays(DAY, DAY.plusDays(5))).containsExactly(Map.entry("INFY", Set.of(DAY)));
    }

    @Test
    void test_thirtyDayIvHistory_aReplacedSummaryWithoutItLeavesTheHistory() {
        store.storeSummaries(List.of(summary("INFY", DAY, 0.10, OptionalDouble.empty())));
        store.storeSummaries(List.of(summary("INFY", DAY.plusDays(1), 0.20, OptionalDouble.empty())));

        store.storeSummaries(List.of(withoutThirtyDayIv(summary("INFY", DAY, 0.10, OptionalDouble.empty()))));

        assertThat(store.thirtyDayIvHistory("INFY", DAY.plusDays(1), 5)).containsExactly(0.20 - 0.01);
        assertThat(store.thirtyDayIvHistory("INFY", DAY.minusDays(1), 5)).isEmpty();
        assertThat(store.thirtyDayIvHistory("TCS", DAY, 5)).isEmpty();
        assertThat(store.collectedDays()).containsExactly(DAY, DAY.plusDays(1));
        assertThat(store.percentile("INFY", DAY)).isEmpty();
    }

    /** The summary as collected before the 30-day IV was recorded. */
    private static IvSummary withoutThirtyDayIv(IvSummary s) {
        return new IvSummary(
                s.symbol(),
                s.tradeDate(),
                s.expiry(),
                s.spot(),
                s.atmStrike(),
                s.atmIv(),
                s.call25DeltaIv(),
                s.put25DeltaIv(),
                s.chain(),
                OptionalDouble.empty());
    }
}
