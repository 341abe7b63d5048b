package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.conditions.StoredMarketConditions;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.store.testdata.SampleMarketConditions;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiMarketConditionsStoreIT {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
    private static final Instant FIRST_RUN = Instant.parse("2020-01-01T10:15:30.123456789Z");
    private static final Instant SECOND_RUN = Instant.parse("2020-01-01T14:45:00.5Z");

    private Database database;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void test_store_roundTripIsExact() {
        MarketConditions bullish = SampleMarketConditions.bullish(DAY);
        MarketConditions bearish = SampleMarketConditions.bearish(DAY.plusDays(1));

        store(FIRST_RUN).store(bullish);
        store(FIRST_RUN).store(bearish);

        Instant storedAt = FIRST_RUN.truncatedTo(ChronoUnit.MICROS);
        StoredMarketConditions bullishRow = store(FIRST_RUN).find(DAY).orElseThrow();
        assertThat(bullishRow).isEqualTo(StoredMarketConditions.of(bullish, storedAt));
        assertThat(bullishRow.state()).isEqualTo(MarketState.BULLISH_LOW_VIX);
        assertThat(bullishRow.vixPercentile()).isPresent();
        assertThat(bullishRow.putCallRatio().getAsDouble()).isEqualTo(1.3);
        assertThat(bullishRow.niftyClose()).isEqualTo(12_000 + 59 * 20);
        StoredMarketConditions bearishRow =
                store(FIRST_RUN).find(DAY.plusDays(1)).orElseThrow();
        assertThat(bearishRow).isEqualTo(StoredMarketConditions.of(bearish, storedAt));
        assertThat(bearishRow.state()).isEqualTo(MarketState.BEARISH_HIGH_VIX);
        assertThat(bearishRow.vixPercentile()).isEmpty();
        assertThat(bearishRow.putCallRatio()).isEmpty();
        assertThat(bearishRow.indiaVix()).isEqualTo(24.5);
    }

    @Test
    void test_store_writesDirectionAndRegimeOfTheState() {
        store(FIRST_RUN).store(SampleMarketConditions.bearish(DAY));

        Map<String, Object> row = database.jdbi()
                .withHandle(h -> h.createQuery("SELECT direction, vix_regime FROM market_conditions")
                        .mapToMap()
                        .one());

        assertThat(row).containsEntry("direction", "BEARISH").containsEntry("vix_regime", "HIGH");
    }

    @Test
    void test_store_reRunReplacesTheDay() {
        store(FIRST_RUN).store(SampleMarketConditions.bullish(DAY));
        OffsetDateTime createdAt = createdAt();
        MarketConditions rerun = SampleMarketConditions.bearish(DAY);

        store(SECOND_RUN).store(rerun);

        assertThat(store(SECOND_RUN).find(DAY)).contains(StoredMarketConditions.of(rerun, SECOND_RUN));
        assertThat(rowCount()).isEqualTo(1);
        assertThat(createdAt()).isEqualTo(createdAt);
    }

    @Test
    void test_find_missingDateIsEmpty() {
        store(FIRST_RUN).store(SampleMarketConditions.bullish(DAY));

        assertThat(store(FIRST_RUN).find(DAY.minusDays(1))).isEmpty();
        assertThat(store(FIRST_RUN).find(DAY.plusDays(1))).isEmpty();
    }

    @Test
    void test_store_failureKeepsTheStoredRow() {
        MarketConditions first = SampleMarketConditions.bullish(DAY);
        store(FIRST_RUN).store(first);
        database.jdbi()
                .useHandle(h -> h.execute("CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql"
                        + " AS $$ BEGIN RAISE EXCEPTION 'update refused by test'; END; $$;"
                        + " CREATE TRIGGER refuse BEFORE UPDATE ON market_conditions FOR EACH ROW"
                        + " EXECUTE FUNCTION refuse_update()"));

        assertThatThrownBy(() -> store(SECOND_RUN).store(SampleMarketConditions.bearish(DAY)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("market conditions of 2020-01-01 into market_conditions")
                .hasMessageContaining("update refused by test");
        assertThat(store(SECOND_RUN).find(DAY))
                .contains(StoredMarketConditions.of(first, FIRST_RUN.truncatedTo(ChronoUnit.MICROS)));
    }

    @Test
    void test_constraint_stateMustMatchDirectionAndRegime() {
        store(FIRST_RUN).store(SampleMarketConditions.bullish(DAY));

        assertThatThrownBy(() -> database.jdbi()
                        .useHandle(h -> h.execute("UPDATE market_conditions SET state = 'BEARISH_LOW_VIX'")))
                .hasMessageContaining("market_conditions_state_matches");
        assertThatThrownBy(() -> database.jdbi()
                        .useHandle(h -> h.execute(
                                "UPDATE market_conditions SET state = 'SIDEWAYS'," + " direction = 'SIDEWAYS'")))
                .hasMessageContaining("market_conditions");
        assertThatThrownBy(() ->
                        database.jdbi().useHandle(h -> h.execute("UPDATE market_conditions SET confidence = 1.5")))
                .hasMessageContaining("fraction");
    }

    private JdbiMarketConditionsStore store(Instant now) {
        return new JdbiMarketConditionsStore(database.jdbi(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private OffsetDateTime createdAt() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT created_at FROM market_conditions")
                        .mapTo(OffsetDateTime.class)
                        .one());
    }

    private int rowCount() {
        return database.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM market_conditions")
                        .mapTo(Integer.class)
                        .one());
    }
}
