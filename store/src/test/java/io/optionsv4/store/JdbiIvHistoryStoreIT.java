package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.IvPercentile;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.core.analysis.IvSummary;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiIvHistoryStoreIT {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    private Database database;
    private JdbiIvHistoryStore store;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
        store = new JdbiIvHistoryStore(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
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
    void test_atmIvHistory_lastDaysOldestFirst() {
        List<Double> ivs = List.of(0.10, 0.11, 0.12, 0.13, 0.14);
        for (int i = 0; i < ivs.size(); i++) {
            store.storeSummaries(List.of(summary("INFY", DAY.plusDays(i), ivs.get(i), OptionalDouble.empty())));
        }

        assertThat(store.atmIvHistory("INFY", DAY.plusDays(3), 3)).containsExactly(0.11, 0.12, 0.13);
    }

    @Test
    void test_percentiles_roundTrip() {
        IvPercentile percentile = new IvPercentile("SBIN", DAY, IvStatistics.of(List.of(0.2, 0.3, 0.25)));

        store.storePercentiles(List.of(percentile));

        assertThat(store.percentile("SBIN", DAY)).contains(percentile);
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
                new IvSummary.ChainSummary(40, 61, 1_200_000, 950_500, 3_456, 2_100));
    }
}
