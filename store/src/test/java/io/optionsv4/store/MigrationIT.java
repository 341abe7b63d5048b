package io.optionsv4.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.optionsv4.store.testdata.TestDatabases;
import java.util.List;
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
}
