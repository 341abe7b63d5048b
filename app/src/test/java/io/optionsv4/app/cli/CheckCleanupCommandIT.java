package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import io.optionsv4.store.DbConfig;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

class CheckCleanupCommandIT {

    @Test
    void test_check_reportsCountsAndIncompleteStrategies() {
        StoreCli.database().jdbi().useHandle(h -> strategy(h, "WIPRO", "2019-12-03", "Long Put"));

        Cli.Run run = StoreCli.run("check", "--date", "2019-12-03");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("symbols (1): WIPRO")
                .contains("Long Put")
                .contains("1 strategies without rows in strategy_details (incomplete analysis)");
    }

    @Test
    void test_check_emptyDayIsClean() throws java.io.IOException {
        Cli.Run run = StoreCli.run("check", "--today", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"date\" : \"2020-03-01\"", "\"strategies\" : 0");
        JsonSchemaTest.assertValid("check", run);
    }

    @Test
    void test_cleanup_removesOldAnalysisKeepsTradedStrategies() throws java.io.IOException {
        StoreCli.database().jdbi().useHandle(h -> {
            strategy(h, "ACC", "2019-05-02", "Long Call");
            long traded = strategy(h, "ACC", "2019-05-02", "Long Put");
            h.execute(
                    "INSERT INTO trades (strategy_id, leg_index, symbol, side, option_type, strike_price,"
                            + " expiry_date, lots, quantity, entry_price_paise, status, entered_at)"
                            + " VALUES (?, 0, 'ACC',"
                            + " 'BUY', 'PUT', 1500, '2019-05-30', 1, 400, 3125, 'OPEN', now())",
                    traded);
            h.execute("INSERT INTO audit_log (actor, event, entity, entity_id) VALUES ('test', 'OPENED', 'trade',"
                    + " '1')");
        });

        Cli.Run run = StoreCli.run("cleanup", "--older-than", "270", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"cutoff\" : \"2019-06-05\"", "\"strategies\" : 1", "\"kept_for_trading\" : 1");
        JsonSchemaTest.assertValid("cleanup", run);
        int trades = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM trades")
                        .mapTo(Integer.class)
                        .one());
        assertThat(trades).isEqualTo(1);
        Cli.Run text = StoreCli.run("cleanup", "--older-than", "270");
        assertThat(text.out()).contains("removed analysis rows of days before 2019-06-05", "never removed");
    }

    @Test
    void test_unreachableDatabase_exitsThreeWithoutThePassword() {
        Cli.Run run = StoreCli.run(
                Map.of(DbConfig.URL_VARIABLE, "postgresql://trader:hunter2@127.0.0.1:1/none"), "check", "--today");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("cannot connect to the database").doesNotContain("hunter2");
    }

    private static long strategy(Handle h, String symbol, String day, String name) {
        return h.createQuery("INSERT INTO strategies (symbol, trade_date, strategy_name, legs_key, spot_price,"
                        + " total_score, conviction, rank_in_symbol) VALUES (:s, CAST(:d AS date), :n, :n, 100, 0.5,"
                        + " 'LOW', 1) RETURNING id")
                .bind("s", symbol)
                .bind("d", day)
                .bind("n", name)
                .mapTo(Long.class)
                .one();
    }
}
