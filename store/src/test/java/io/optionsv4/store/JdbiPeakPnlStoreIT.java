package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.store.testdata.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Peak P&amp;L per strategy (V14): stored in paise, only ever raised, gone with the strategy. */
class JdbiPeakPnlStoreIT {

    private static Database database;

    @BeforeAll
    static void open() {
        database = TestDatabases.fresh();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void test_raise_keepsTheHighestPeakInPaise() {
        long a = strategy("a");
        long b = strategy("b");
        JdbiPeakPnlStore peaks = new JdbiPeakPnlStore(database.jdbi());
        Instant t0 = Instant.parse("2026-12-07T05:00:00Z");

        assertThat(peaks.peak(a)).isEmpty();
        peaks.raise(Map.of(a, 1_234.565, b, 10.0), t0);
        peaks.raise(Map.of(a, 1_000.0), t0.plusSeconds(1));

        assertThat(peaks.peak(a)).hasValue(1_234.56);
        assertThat(peaks.peak(b)).hasValue(10.0);
        peaks.raise(Map.of(a, 2_000.0), t0.plusSeconds(2));
        assertThat(peaks.peak(a)).hasValue(2_000.0);
        peaks.raise(Map.of(), t0);
        database.jdbi().useHandle(h -> h.execute("DELETE FROM strategies WHERE id = ?", b));
        assertThat(peaks.peak(b)).isEmpty();
    }

    private static long strategy(String name) {
        return database.jdbi()
                .withHandle(h -> h.createUpdate("INSERT INTO strategies (symbol, trade_date, strategy_name, legs_key,"
                                + " spot_price, total_score, conviction, rank_in_symbol) VALUES ('NIFTY', :day, :name,"
                                + " :key, 26000, 0.5, 'HIGH', 1)")
                        .bind("day", LocalDate.of(2026, 12, 7))
                        .bind("name", name)
                        .bind("key", name + System.nanoTime())
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one());
    }
}
