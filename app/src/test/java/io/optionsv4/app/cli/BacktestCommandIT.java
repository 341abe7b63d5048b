package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code backtest} in-process on the historical NIFTY market over two weeks, stored in embedded PostgreSQL. */
class BacktestCommandIT {

    @Test
    void test_backtest_twoWeeksOfHistory() throws Exception {
        Cli.Run run =
                StoreCli.run("backtest", "--from", "2020-02-03", "--to", "2020-02-14", "--json", "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.at("/run/sessions").asInt()).isEqualTo(10);
        assertThat(doc.at("/run/complete").asBoolean()).isTrue();
        assertThat(doc.at("/run/data").asText()).isEqualTo("history");
        assertThat(doc.at("/run/from").asText()).isEqualTo("2020-02-03");
        assertThat(doc.at("/run/price_notice").asText()).contains("model prices");
        assertThat(doc.at("/equity")).hasSize(10);
        assertThat(doc.at("/equity/0/day").asText()).isEqualTo("2020-02-03");
        assertThat(doc.at("/equity/0/equity_paise").asLong()).isPositive();
        assertThat(doc.at("/trades").isArray()).isTrue();
        String runId = doc.at("/run/run_id").asText();
        assertThat(Files.exists(StoreCli.home().resolve("results").resolve("backtest_" + runId + ".json")))
                .isTrue();
        int stored = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM backtest_equity WHERE run_id = :id")
                        .bind("id", runId)
                        .mapTo(Integer.class)
                        .one());
        assertThat(stored).isEqualTo(10);
        int workSchemas = StoreCli.database()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM information_schema.schemata"
                                + " WHERE schema_name LIKE 'backtest_work_%'")
                        .mapTo(Integer.class)
                        .one());
        assertThat(workSchemas).as("the run's working schema is dropped").isZero();
        Path summaryRun = StoreCli.home();
        Cli.Run text = StoreCli.run("backtest", "--from", "2020-02-03", "--to", "2020-02-05", "--threads", "1");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("3 sessions").contains("stored as run " + runId + "_2");
        assertThat(summaryRun).exists();
    }

    @Test
    void test_backtest_rangeOutsideTheFiles() {
        Cli.Run run = StoreCli.run("backtest", "--from", "2001-01-01", "--to", "2001-02-01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("outside the history")
                .contains("nifty50.csv")
                .contains("2008-03-03");
    }

    @Test
    void test_backtest_noTradingDay() {
        Cli.Run run = StoreCli.run("backtest", "--from", "2020-02-01", "--to", "2020-02-02");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no trading day between 2020-02-01 and 2020-02-02");
    }

    /** A history file refused for its malformed rows: exit 3, the message names the file. */
    @Test
    void test_backtest_malformedHistory(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path index = Files.createDirectories(dir.resolve("index_daily"));
        StringBuilder nifty = new StringBuilder("Date,Close,High,Low,Open,Volume\n");
        for (int i = 0; i < 30; i++) {
            nifty.append("2020-01-0").append(i % 9 + 1).append(",not-a-price,1,1,1,0\n");
        }
        Files.writeString(index.resolve("nifty50.csv"), nifty);
        Files.writeString(index.resolve("indiavix.csv"), "Date,Close,High,Low,Open,Volume\n2020-01-01,12,12,12,12,0\n");
        Cli.Run run =
                StoreCli.run("backtest", "--data-dir", dir.toString(), "--from", "2020-01-01", "--to", "2020-01-09");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("nifty50.csv");
    }

    @Test
    void test_backtest_unknownData() {
        Cli.Run run = StoreCli.run("backtest", "--data", "dhan");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--data must be history or sim");
    }
}
