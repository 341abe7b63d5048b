package io.optionsv4.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.IvPercentile;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.analysis.IvSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory IV history, on the cases {@code JdbiIvHistoryStoreIT} runs on PostgreSQL. */
class MemoryIvHistoryStoreTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    private MemoryIvHistoryStore store;

    @BeforeEach
    void open() {
        store = new MemoryIvHistoryStore();
    }

    @Test
    void test_summaries_roundTripAndReplace() {
        IvSummary full = summary("RELIANCE", DAY, 0.2345678901234, OptionalDouble.of(0.21));
        IvSummary noSkew = summary("TCS", DAY, 0.18, OptionalDouble.empty());

        assertThat(store.storeSummaries(List.of(full, noSkew))).isEqualTo(2);
        assertThat(store.summary("RELIANCE", DAY)).contains(full);
        assertThat(store.summary("TCS", DAY)).contains(noSkew);
        assertThat(store.summary("RELIANCE", DAY).orElseThrow().skew25Delta().getAsDouble())
                .isEqualTo(full.skew25Delta().getAsDouble());

        IvSummary replaced = summary("RELIANCE", DAY, 0.3, OptionalDouble.of(0.25));
        store.storeSummaries(List.of(replaced));
        assertThat(store.summary("RELIANCE", DAY)).contains(replaced);
        assertThat(store.symbols()).containsExactly("RELIANCE", "TCS");
        assertThat(store.collectedDays()).containsExactly(DAY);
    }

    @Test
    void test_thirtyDayIvHistory_lastDaysOldestFirst() {
        List<Double> ivs = List.of(0.10, 0.11, 0.12, 0.13, 0.14);
        for (int i = 0; i < ivs.size(); i++) {
            store.storeSummaries(List.of(summary("INFY", DAY.plusDays(i), ivs.get(i), OptionalDouble.empty())));
        }

        assertThat(store.thirtyDayIvHistory("INFY", DAY.plusDays(3), 3))
                .containsExactly(0.11 - 0.01, 0.12 - 0.01, 0.13 - 0.01);
        assertThat(store.thirtyDayIvDays(DAY.plusDays(1), DAY.plusDays(2)))
                .containsExactly(Map.entry("INFY", Set.of(DAY.plusDays(1), DAY.plusDays(2))));
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
    void test_percentiles_roundTrip() {
        IvPercentile percentile = new IvPercentile("SBIN", DAY, IvStatistics.of(List.of(0.2, 0.3, 0.25)));

        store.storePercentiles(List.of(percentile));

        assertThat(store.percentile("SBIN", DAY)).contains(percentile);
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

    private static IvSummary summary(String symbol, LocalDate day, double atmIv, OptionalDouble call25) {
        return new IvSummary(
                symbol,
                day,
                day.plusDays(29),
                1523.45,
                1520,
                atmIv,
                call25,
                OptionalDouble.of(0.27),
                new IvSummary.ChainSummary(40, 61, 1_200_000, 950_500, 3_456, 2_100),
                OptionalDouble.of(atmIv - 0.01));
    }
}
