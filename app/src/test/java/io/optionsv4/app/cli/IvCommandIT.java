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

        int thirtyDay = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM historical_iv_summary WHERE atm_iv_30d > 0"
                                + " AND trade_date = '2020-01-03'")
                        .mapTo(Integer.class)
                        .one());
        assertThat(thirtyDay).isEqualTo(142);

        // two earlier sessions are not the 20 an IV rank needs: no rank is stored, and the command says why
        Cli.Run analyze = StoreCli.run("iv", "analyze", "--date", "2020-01-03");
        assertThat(analyze.exitCode()).as(analyze.err()).isEqualTo(1);
        assertThat(analyze.err())
                .contains("warning: IV rank unavailable for 142 symbols: fewer than 20 stored 30-day ATM IVs before"
                        + " 2020-01-03");
        assertThat(analyze.out()).contains("iv_percentiles: 0 symbols as of 2020-01-03");
        int ranks = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM iv_percentiles WHERE as_of_date = '2020-01-03'")
                        .mapTo(Integer.class)
                        .one());
        assertThat(ranks).isZero();

        Cli.Run check = StoreCli.run("check", "--date", "2020-01-03", "--json");
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("\"historical_iv_summary\" : 142", "\"problems\" : [ ]");
    }

    /**
     * Issue 13, item 5: {@code analyze} on a history without the symbol fills the last 25 sessions from the simulated
     * market first (progress and a summary line on stderr), then ranks today's 30-day IV against them, not against
     * realised volatility; {@code iv analyze} then ranks the same history.
     */
    @Test
    void test_analyze_backfillsTheIvHistoryThenRanksAgainstIt() throws java.io.IOException {
        Cli.Run run = StoreCli.run("--data", "sim", "--as-of", "2026-10-15", "analyze", "--symbol", "TITAN", "--json");

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.err())
                .contains("options-v4 analyze: IV history backfill 1/25 sessions")
                .contains("IV history filled for 1 symbols: 25 of 25 sessions served by simulated market")
                .doesNotContain("IV rank unavailable");
        com.fasterxml.jackson.databind.JsonNode iv = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.out())
                .get("symbols")
                .get(0)
                .get("analysis")
                .get("iv");
        assertThat(iv.get("atm_iv_basis").asText()).isEqualTo("CONSTANT_MATURITY_30D");
        assertThat(iv.get("history_observations").asInt()).isGreaterThanOrEqualTo(25);
        assertThat(iv.get("iv_rank").isNumber()).as(iv.toString()).isTrue();
        assertThat(iv.get("environment").asText()).isNotEqualTo("unavailable");

        Cli.Run again =
                StoreCli.run("--data", "sim", "--as-of", "2026-10-15", "analyze", "--symbol", "TITAN", "--json");
        assertThat(again.err()).doesNotContain("IV history backfill");
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
