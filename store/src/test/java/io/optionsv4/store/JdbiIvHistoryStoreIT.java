package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.store.testdata.TestDatabases;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL store on the {@link IvHistoryStoreContract}. */
class JdbiIvHistoryStoreIT extends IvHistoryStoreContract {

    private Database database;

    @Override
    protected IvHistoryStore newStore() {
        database = TestDatabases.fresh();
        return new JdbiIvHistoryStore(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void test_thirtyDayIvHistory_skipsRowsWithoutIt() {
        store.storeSummaries(List.of(summary("INFY", DAY, 0.10, OptionalDouble.empty())));
        database.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO historical_iv_summary (symbol, trade_date, expiry_date, spot_price,"
                                + " atm_strike, atm_iv, strikes, priced_options, call_open_interest,"
                                + " put_open_interest, call_volume, put_volume)"
                                + " VALUES ('INFY', ?, ?, 1500, 1500, 0.5, 10, 20, 1, 1, 1, 1)",
                        DAY.plusDays(1),
                        DAY.plusDays(20)));

        assertThat(store.thirtyDayIvHistory("INFY", DAY.plusDays(5), 10)).containsExactly(0.10 - 0.01);
        assertThat(store.summary("INFY", DAY.plusDays(1)).orElseThrow().thirtyDayIv())
                .isEmpty();
        assertThat(store.thirtyDayIvDays(DAY, DAY.plusDays(5))).containsExactly(Map.entry("INFY", Set.of(DAY)));
    }
}
