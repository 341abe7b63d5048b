package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import org.junit.jupiter.api.Test;

class IvCommandIT {

    @Test
    void test_collect_weekendOfTheSimulatedMarketIsNotStoredTwice() {
        Cli.Run collect = StoreCli.run("iv", "collect", "--from", "2026-11-20", "--to", "2026-11-22");

        assertThat(collect.exitCode()).as(collect.err()).isZero();
        assertThat(collect.out())
                .contains("2026-11-20  [1/3] 213 symbols stored")
                .contains("2026-11-21  [2/3] no session that day")
                .contains("2026-11-22  [3/3] no session that day")
                .contains("rows stored for 1 session");
    }

    @Test
    void test_collectThenAnalyze_backfillFromTheReplay() {
        Cli.Run collect =
                StoreCli.run("--data", "replay", "iv", "collect", "--from", "2020-01-01", "--to", "2020-01-04");

        assertThat(collect.exitCode()).as(collect.err()).isZero();
        assertThat(collect.out())
                .contains("2020-01-01  [1/4] 137 symbols stored")
                .contains("2020-01-04  [4/4] no session that day")
                .contains("historical_iv_summary: 420 rows stored for 3 sessions");
        int rows = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM historical_iv_summary WHERE atm_iv > 0"
                                + " AND trade_date BETWEEN '2020-01-01' AND '2020-01-03'")
                        .mapTo(Integer.class)
                        .one());
        assertThat(rows).isEqualTo(420);

        Cli.Run again = StoreCli.run("--data", "replay", "iv", "collect", "--date", "2020-01-03");
        assertThat(again.exitCode()).isZero();
        int day3 = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT count(*) FROM historical_iv_summary" + " WHERE trade_date = '2020-01-03'")
                        .mapTo(Integer.class)
                        .one());
        assertThat(day3).isEqualTo(142);

        Cli.Run analyze = StoreCli.run("iv", "analyze", "--date", "2020-01-03");
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(analyze.out()).contains("iv_percentiles: 142 symbols as of 2020-01-03");
        double rank = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT iv_rank FROM iv_percentiles WHERE symbol = 'RELIANCE'"
                                + " AND as_of_date = '2020-01-03'")
                        .mapTo(Double.class)
                        .one());
        assertThat(rank).isBetween(0.0, 1.0);

        Cli.Run check = StoreCli.run("check", "--date", "2020-01-03", "--json");
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("\"historical_iv_summary\" : 142", "\"problems\" : [ ]");
    }

    @Test
    void test_collect_backfillFromTheSimulatedMarket() {
        Cli.Run run = StoreCli.run("--data", "sim", "iv", "collect", "--from", "2019-12-02", "--to", "2019-12-03");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("2019-12-02  \\[1/2\\] \\d+ symbols stored")
                .contains("stock_data: ");
    }

    @Test
    void test_collect_rangeBackwardsIsAUsageError() {
        Cli.Run run = StoreCli.run("--data", "replay", "iv", "collect", "--from", "2020-01-03", "--to", "2020-01-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--to 2020-01-01 is before --from 2020-01-03");
    }
}
