package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import io.optionsv4.store.DbConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code backtest} in-process on the historical NIFTY market over two weeks, stored in embedded PostgreSQL. */
class BacktestCommandIT {

    @Test
    void test_backtest_twoWeeksOfHistory() throws Exception {
        Cli.Run run =
                StoreCli.run("backtest", "--from", "2020-02-03", "--to", "2020-02-14", "--json", "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(JsonSchemaTest.schema("backtest").validate(doc))
                .as("backtest --json against docs/schema/backtest.schema.json")
                .isEmpty();
        ObjectNode broken = doc.deepCopy();
        ((ObjectNode) broken.at("/run")).remove("price_notice");
        ((ObjectNode) broken.at("/equity/0")).put("equity_paise", "a lot");
        assertThat(JsonSchemaTest.schema("backtest").validate(broken))
                .as("the schema's references reach the report schema's run and the equity points")
                .hasSize(2);
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
        Cli.Run text = StoreCli.run("backtest", "--from", "2020-02-03", "--to", "2020-02-05", "--threads", "1");
        assertThat(text.exitCode()).as(text.err()).isZero();
        Matcher storedId = Pattern.compile("stored as run (\\S+) ").matcher(text.out());
        assertThat(storedId.find()).as(text.out()).isTrue();
        assertThat(text.out()).contains("3 sessions");
        assertThat(storedId.group(1))
                .as("a run started in the same second takes the next free _N suffix")
                .startsWith("20200301_100000_history_")
                .isNotEqualTo(runId);
    }

    /** Two runs of the same days are stored, listed, shown again from the store and compared as identical. */
    @Test
    void test_backtest_runsShowCompare() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String[] args = {"backtest", "--from", "2020-03-02", "--to", "2020-03-04", "--json", "--threads", "1"};
        // started after every other test's run in the shared database, so that 'latest' is the second run
        Clock later = Clock.fixed(Instant.parse("2030-01-01T04:30:00Z"), ZoneOffset.UTC);
        StoreCli.database();
        Map<String, String> environment =
                Map.of(DbConfig.HOME_VARIABLE, StoreCli.home().toString());
        Cli.Run first = StoreCli.run(environment, later, args);
        Cli.Run second = StoreCli.run(environment, later, args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode a = mapper.readTree(first.out());
        JsonNode b = mapper.readTree(second.out());
        String idA = a.at("/run/run_id").asText();
        String idB = b.at("/run/run_id").asText();
        assertThat(idB).isEqualTo(idA + "_2");

        Cli.Run runs = StoreCli.run("backtest", "runs", "--json");
        assertThat(runs.exitCode()).as(runs.err()).isZero();
        assertThat(JsonSchemaTest.schema("backtest-runs").validate(mapper.readTree(runs.out())))
                .as("backtest runs --json against docs/schema/backtest-runs.schema.json")
                .isEmpty();
        JsonNode listed = mapper.readTree(runs.out()).at("/runs");
        JsonNode rowA = null;
        for (JsonNode row : listed) {
            if (row.at("/run_id").asText().equals(idA)) {
                rowA = row;
            }
        }
        assertThat(rowA).as("run %s listed in %s", idA, listed).isNotNull();
        assertThat(rowA.at("/sessions").asInt()).isEqualTo(3);
        assertThat(rowA.at("/end_equity_paise").asLong())
                .isEqualTo(a.at("/summary/end_equity_paise").asLong());
        assertThat(rowA.at("/trades").asInt()).isEqualTo(a.at("/trades").size());
        Cli.Run text = StoreCli.run("backtest", "runs");
        assertThat(text.out()).contains("Stored backtest runs").contains("2020-03-02");
        assertThat(text.out().lines()).allMatch(l -> l.length() <= 80);

        Cli.Run shown = StoreCli.run("backtest", "show", idA, "--json");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        JsonNode again = mapper.readTree(shown.out());
        assertThat(JsonSchemaTest.schema("backtest").validate(again)).isEmpty();
        assertThat(again.at("/summary")).isEqualTo(a.at("/summary"));
        assertThat(again.at("/trades")).isEqualTo(a.at("/trades"));
        assertThat(again.at("/equity")).isEqualTo(a.at("/equity"));

        Cli.Run compared = StoreCli.run("backtest", "compare", idA, idB, "--json");
        assertThat(compared.exitCode()).as(compared.err()).isZero();
        JsonNode c = mapper.readTree(compared.out());
        assertThat(JsonSchemaTest.schema("backtest-compare").validate(c))
                .as("backtest compare --json against docs/schema/backtest-compare.schema.json")
                .isEmpty();
        assertThat(c.at("/overlap/common_sessions").asInt()).isEqualTo(3);
        assertThat(c.at("/overlap/first_equity_difference").isNull()).isTrue();
        assertThat(c.at("/overlap/first_trade_difference").isNull()).isTrue();
        assertThat(c.at("/overlap/trades_same_outcome").asInt())
                .isEqualTo(a.at("/trades").size());
        assertThat(c.at("/a/end_equity_paise")).isEqualTo(c.at("/b/end_equity_paise"));
        Cli.Run compareText = StoreCli.run("backtest", "compare", idA, "latest");
        assertThat(compareText.exitCode()).as(compareText.err()).isZero();
        assertThat(compareText.out())
                .contains("identical")
                .contains("End equity")
                .contains(idA);
        assertThat(compareText.out().lines()).allMatch(l -> l.length() <= 80);

        Cli.Run unknown = StoreCli.run("backtest", "compare", idA, "no-such-run");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("no stored backtest run 'no-such-run'")
                .contains("backtest runs");
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
