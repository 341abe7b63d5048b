package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * {@code monitor legacy} and {@code close} over strategies executed on the paper broker in a simulated session (as of
 * {@value #DAY}, 10:00 IST: inside the session), in an embedded PostgreSQL of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitorCommandIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DAY = "2026-11-20";

    private static Path home;
    private static Database anchor;

    @BeforeAll
    static void enter() throws IOException {
        home = Files.createTempDirectory("options-v4-monitor-it");
        anchor = Database.open(DbConfig.embedded(home));
        Cli.Run analyze = run("analyze", "--symbol", "NIFTY,RELIANCE,INFY,ITC", "--quiet");
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        Cli.Run allocate = run("allocate", "1000000", "--date", DAY);
        assertThat(allocate.exitCode()).as(allocate.err()).isZero();
        Cli.Run execute = run("execute", "--execute");
        assertThat(execute.exitCode()).as(execute.err()).isIn(0, 1);
        assertThat(count("strategy_execution_status WHERE status = 'EXECUTED'")).isPositive();
    }

    @AfterAll
    static void close() {
        anchor.close();
    }

    @Test
    @Order(1)
    void test_legacyOnce_reportsEveryOpenStrategyAndLogsTheCycle() throws IOException {
        int orders = count("orders");
        Cli.Run json = run("monitor", "legacy", "--once", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode doc = MAPPER.readTree(json.out());
        assertThat(JsonSchemaTest.schema("monitor").validate(doc)).isEmpty();
        assertThat(doc.get("mode").asText()).isEqualTo("SIMULATE");
        assertThat(doc.get("placing").asBoolean()).isFalse();
        assertThat(doc.get("strategies").size()).isEqualTo(open());
        for (JsonNode s : doc.get("strategies")) {
            assertThat(s.get("net_pnl").isNumber()).as(s.toString()).isTrue();
            assertThat(s.get("net_pnl").asDouble())
                    .as("net of costs is below gross")
                    .isLessThan(s.get("gross_pnl").asDouble());
            assertThat(s.get("outcome").asText()).isIn("KEPT", "WOULD_CLOSE");
        }
        assertThat(count("orders")).isEqualTo(orders);

        Cli.Run text = run("monitor", "legacy", "--once", "--alert-only");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Monitor cycle", "ALERT_ONLY", "Net P&L", "strategies, net P&L");
        assertThat(text.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        String log = Files.readString(home.resolve("logs/automated_monitor.log"));
        assertThat(log).contains("INFO monitor legacy started: mode SIMULATE", "INFO cycle ALERT_ONLY");
    }

    @Test
    @Order(2)
    void test_interactive_snapshotAsJsonAndPlainTextAt80Columns() throws IOException {
        Cli.Run json = run("monitor", "interactive", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode doc = MAPPER.readTree(json.out());
        assertThat(JsonSchemaTest.schema("dashboard").validate(doc)).isEmpty();
        assertThat(doc.get("portfolio").get("open_strategies").asInt()).isEqualTo(open());
        for (JsonNode s : doc.get("strategies")) {
            assertThat(s.get("legs")).isNotEmpty();
            for (JsonNode leg : s.get("legs")) {
                assertThat(leg.get("close_price").isNumber()).as(leg.toString()).isTrue();
            }
        }

        Cli.Run text = run("monitor", "interactive", "--detailed");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Options V4 monitor", "Portfolio:", "Exit status", "entry", "Alerts (");
        assertThat(text.out()).doesNotContain("\u001b[");
        assertThat(text.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    @Order(3)
    void test_realtimeOnce_watchesTheBookOnTheSimulatedFeedAndStopsAfterTheFirstTicks() throws IOException {
        Instant tenAm = Instant.parse(DAY + "T04:30:00Z");
        Clock session = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), tenAm));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RootCommand.commandLine(
                new ByteArrayInputStream(new byte[0]), false, env(), session, ProjectData.locate());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int code = commandLine.execute("monitor", "realtime", "--once", "--data", "sim", "--seed", "7");

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("monitor realtime started: mode SIMULATE, " + open() + " strategies");
        assertThat(out.toString()).contains("Net P&L", "strategies watched, 0 failed exits");
        String ticks = out.toString()
                .lines()
                .filter(l -> l.contains(" ticks, "))
                .findFirst()
                .orElseThrow();
        assertThat(Integer.parseInt(ticks.substring(0, ticks.indexOf(' ')))).isPositive();
        assertThat(Files.readString(home.resolve("logs/automated_monitor.log")))
                .contains("INFO monitor realtime stopped after");
    }

    @Test
    @Order(4)
    void test_flags_contradictionsAreUsageErrorsAndLiveNeedsDhanData() {
        assertThat(run("monitor", "legacy", "--once", "--alert-only", "--execute")
                        .exitCode())
                .isEqualTo(2);
        Cli.Run noConfirm = run("close", "--all");
        assertThat(noConfirm.exitCode()).isEqualTo(2);
        assertThat(noConfirm.err()).contains("--confirm");
        assertThat(run("close").exitCode()).isEqualTo(2);
        Map<String, String> credentials = env();
        credentials.put("DHAN_CLIENT_ID", "1000000001");
        credentials.put("DHAN_ACCESS_TOKEN", "TOKEN");
        Cli.Run live = StoreCli.run(
                credentials, "monitor", "legacy", "--once", "--execute", "--live", "--confirm", "--data", "sim");
        assertThat(live.exitCode()).isEqualTo(2);
        assertThat(live.err()).contains("add --data dhan");
    }

    @Test
    @Order(5)
    void test_close_partThenAll_exitsOnceAndTheBookIsFlat() throws IOException {
        List<Long> ids = anchor.jdbi()
                .withHandle(h -> h.createQuery("SELECT strategy_id FROM strategy_execution_status"
                                + " WHERE status = 'EXECUTED' ORDER BY strategy_id")
                        .mapTo(Long.class)
                        .list());
        long first = ids.get(0);
        Cli.Run half = run("close", "--strategy-id", Long.toString(first), "--fraction", "0.5", "--json");
        JsonNode doc = MAPPER.readTree(half.out());
        assertThat(JsonSchemaTest.schema("close").validate(doc)).isEmpty();
        assertThat(half.exitCode()).as(half.out() + half.err()).isZero();
        assertThat(doc.get("exits").get(0).get("state").asText()).isEqualTo("DONE");

        Cli.Run all = run("close", "--all", "--confirm", "--json");
        JsonNode closed = MAPPER.readTree(all.out());
        assertThat(JsonSchemaTest.schema("close").validate(closed)).isEmpty();
        assertThat(all.exitCode()).as(all.out() + all.err()).isZero();
        assertThat(closed.get("exits"))
                .allSatisfy(e -> assertThat(e.get("flat").asBoolean()).isTrue());
        assertThat(open()).isZero();
        int orders = count("orders");

        Cli.Run dashboard = run("monitor", "interactive", "--json");
        JsonNode history = MAPPER.readTree(dashboard.out()).get("history");
        assertThat(JsonSchemaTest.schema("dashboard").validate(MAPPER.readTree(dashboard.out())))
                .isEmpty();
        assertThat(history.get("closed").asInt()).isEqualTo(ids.size());
        assertThat(history.get("won").asInt() + history.get("lost").asInt()).isEqualTo(ids.size());
        assertThat(history.get("win_rate").asDouble())
                .isCloseTo(history.get("won").asDouble() / ids.size(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run("monitor", "interactive").out()).contains("Closed: " + ids.size() + ", ");

        Cli.Run again = run("close", "--strategy-id", Long.toString(first));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("has no open position");
        Cli.Run empty = run("monitor", "legacy", "--once", "--execute");
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out()).contains("No open strategy");
        assertThat(count("orders")).isEqualTo(orders);
        assertThat(count("strategy_exit_intents WHERE rule = 'MANUAL' AND state = 'DONE'"))
                .isEqualTo(ids.size() + 1);
        assertThat(Files.readAllLines(home.resolve("logs/exit_executions.json")))
                .hasSize(ids.size() + 1);
    }

    private static int open() {
        return count("strategy_execution_status WHERE status IN ('EXECUTED', 'PARTIAL')");
    }

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put(DbConfig.HOME_VARIABLE, home.toString());
        return env;
    }

    private static Cli.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int at = args[0].equals("monitor") ? 2 : 1;
        all.addAll(at, List.of("--data", "sim", "--seed", "7", "--as-of", DAY));
        return StoreCli.run(env(), all.toArray(String[]::new));
    }

    private static int count(String from) {
        return anchor.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM " + from)
                        .mapTo(Integer.class)
                        .one());
    }
}
