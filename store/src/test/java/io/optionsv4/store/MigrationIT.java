package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.core.conditions.MarketState;
import io.optionsv4.core.conditions.StoredMarketConditions;
import io.optionsv4.store.testdata.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationIT {

    @Test
    void test_migrate_fromEmptyCreatesEveryTable() {
        try (Database database = TestDatabases.fresh()) {
            List<String> tables = database.jdbi()
                    .withHandle(h -> h.createQuery("SELECT table_name FROM information_schema.tables"
                                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
                            .mapTo(String.class)
                            .list());

            assertThat(tables)
                    .contains(
                            "strategies",
                            "strategy_details",
                            "strategy_parameters",
                            "strategy_monitoring",
                            "strategy_risk_management",
                            "strategy_greek_exposures",
                            "strategy_market_analysis",
                            "strategy_iv_analysis",
                            "strategy_price_levels",
                            "strategy_expected_moves",
                            "strategy_exit_levels",
                            "strategy_component_scores",
                            "industry_allocations_current",
                            "sector_allocations_current",
                            "stock_data",
                            "option_chain_data",
                            "market_conditions",
                            "historical_iv_summary",
                            "iv_percentiles",
                            "portfolio_allocations",
                            "portfolio_allocation_items",
                            "orders",
                            "trades",
                            "strategy_execution_status",
                            "positions",
                            "exit_actions",
                            "fund_ledger",
                            "audit_log",
                            "paper_accounts",
                            "paper_orders",
                            "paper_fills",
                            "paper_settlements",
                            "paper_ledger",
                            "flyway_schema_history");
        }
    }

    @Test
    void test_migrate_reopenIsANoOp() {
        try (Database first = TestDatabases.fresh()) {
            int applied = first.jdbi()
                    .withHandle(h -> h.createQuery("SELECT count(*) FROM flyway_schema_history WHERE success")
                            .mapTo(Integer.class)
                            .one());
            assertThat(applied).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void test_auditLog_isAppendOnly() {
        try (Database database = TestDatabases.fresh()) {
            database.jdbi()
                    .useHandle(h -> h.execute(
                            "INSERT INTO audit_log (actor, event, entity, entity_id) VALUES ('test', 'MARKED',"
                                    + " 'strategy', '1')"));

            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET actor = 'x'")))
                    .hasMessageContaining("audit_log is append-only: UPDATE rejected");
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log")))
                    .hasMessageContaining("audit_log is append-only: DELETE rejected");
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("TRUNCATE audit_log")))
                    .hasMessageContaining("audit_log is append-only: TRUNCATE rejected");
        }
    }

    @Test
    void test_trades_bookedMoneyIsExactPaise() {
        try (Database database = TestDatabases.fresh()) {
            String type = database.jdbi()
                    .withHandle(h -> h.createQuery("SELECT data_type FROM information_schema.columns WHERE"
                                    + " table_schema = current_schema() AND table_name = 'trades'"
                                    + " AND column_name = 'entry_price_paise'")
                            .mapTo(String.class)
                            .one());
            assertThat(type).isEqualTo("bigint");
        }
    }

    @Test
    void test_migrateV4_keepsMarketConditionsStoredUnderV3() {
        String schema = "v3_upgrade";
        Flyway.configure()
                .dataSource(TestDatabases.shared().dataSource())
                .locations("classpath:db/migration")
                .schemas(schema)
                .createSchemas(true)
                .target("3")
                .load()
                .migrate();
        TestDatabases.shared()
                .jdbi()
                .useHandle(h -> h.execute("INSERT INTO " + schema + ".market_conditions (trade_date, nifty_close,"
                        + " india_vix, direction, vix_regime, put_call_ratio, created_at) VALUES"
                        + " ('2020-01-02', 12282.2, 12.43, 'NEUTRAL', 'LOW', 1.42, '2020-01-02T10:00:00Z'),"
                        + " ('2020-01-03', 12226.65, 13.23, 'BEARISH', 'HIGH', NULL, '2020-01-03T10:00:00Z')"));

        try (Database upgraded =
                Database.open(DbConfig.embedded(TestDatabases.home()).withSchema(schema))) {
            JdbiMarketConditionsStore store = new JdbiMarketConditionsStore(upgraded.jdbi(), Clock.systemUTC());

            assertThat(store.find(LocalDate.of(2020, 1, 2)))
                    .contains(new StoredMarketConditions(
                            LocalDate.of(2020, 1, 2),
                            MarketState.NEUTRAL_LOW_VIX,
                            0,
                            12282.2,
                            12.43,
                            OptionalDouble.empty(),
                            0,
                            OptionalDouble.of(1.42),
                            Instant.parse("2020-01-02T10:00:00Z")));
            assertThat(store.find(LocalDate.of(2020, 1, 3)).orElseThrow().state())
                    .isEqualTo(MarketState.BEARISH_HIGH_VIX);
            assertThat(store.find(LocalDate.of(2020, 1, 3)).orElseThrow().putCallRatio())
                    .isEmpty();
        }
    }
}
