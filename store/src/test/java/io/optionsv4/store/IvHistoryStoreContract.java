package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.IvHistoryStore;
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

/**
 * What every {@link IvHistoryStore} must do, run on each implementation: the PostgreSQL store ({@code
 * JdbiIvHistoryStoreIT}) and the in-memory one ({@code MemoryIvHistoryStoreTest}) answer the same inputs alike.
 */
public abstract class IvHistoryStoreContract {

    protected static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    /** The store under test, fresh for each test. */
    protected IvHistoryStore store;

    /** Returns a fresh, empty store. */
    protected abstract IvHistoryStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
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

    @Test
    void test_percentiles_roundTrip() {
        IvPercentile percentile = new IvPercentile("SBIN", DAY, IvStatistics.of(List.of(0.2, 0.3, 0.25)));

        store.storePercentiles(List.of(percentile));

        assertThat(store.percentile("SBIN", DAY)).contains(percentile);
    }

    protected static IvSummary summary(String symbol, LocalDate day, double atmIv, OptionalDouble call25) {
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
