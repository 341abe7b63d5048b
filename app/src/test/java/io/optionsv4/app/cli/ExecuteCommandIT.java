package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code execute} after a real {@code analyze} and {@code allocate} of the simulated market, on the paper broker, in
 * an embedded PostgreSQL of its own (executing changes strategy statuses other command tests read).
 */
class ExecuteCommandIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DAY = "2026-11-20";
    private static final String TOKEN = "SECRET-TOKEN-NEVER-LOGGED";

    private static Path home;
    private static Database anchor;

    @BeforeAll
    static void analyzeAndAllocate() throws IOException {
        home = Files.createTempDirectory("options-v4-execute-it");
        anchor = Database.open(DbConfig.embedded(home));
        Cli.Run analyze = run("analyze", "--symbol", "NIFTY,RELIANCE,INFY,ITC", "--quiet");
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        Cli.Run allocate = run("allocate", "1000000", "--date", DAY);
        assertThat(allocate.exitCode()).as(allocate.err()).isZero();
    }

    @AfterAll
    static void close() {
        anchor.close();
    }

    @Test
    void test_previewThenExecuteThenAgain_fillsOnPaperOnceAndSaysWhichBroker() throws IOException {
        Cli.Run preview = run("execute", "--preview", "--json");
        assertThat(preview.out()).as(preview.err()).startsWith("{");
        JsonNode doc = MAPPER.readTree(preview.out());
        assertThat(JsonSchemaTest.schema("execute").validate(doc)).isEmpty();
        assertThat(doc.get("broker").asText()).isEqualTo("paper");
        assertThat(doc.get("live").asBoolean()).isFalse();
        assertThat(doc.get("strategies")).isNotEmpty();
        for (JsonNode s : doc.get("strategies")) {
            assertThat(s.get("legs")).isNotEmpty();
            assertThat(s.get("checks").toString()).contains("market hours", "funds and margin", "max loss");
        }
        assertThat(preview.err()).contains("paper broker");
        assertThat(count("orders")).isZero();

        Cli.Run execute = run("execute", "--execute", "--json");
        JsonNode done = MAPPER.readTree(execute.out());
        assertThat(JsonSchemaTest.schema("execute").validate(done)).isEmpty();
        assertThat(execute.exitCode()).as(execute.err()).isIn(0, 1);
        List<String> results = new ArrayList<>();
        done.get("strategies").forEach(s -> results.add(s.get("result").asText()));
        assertThat(results).contains("EXECUTED").doesNotContain("STOPPED");
        assertThat(count("trades WHERE entry_price_paise <= 0")).isZero();
        assertThat(count("trades")).isPositive();
        assertThat(sum("fund_ledger WHERE entry_kind = 'CHARGES'")).isNegative();
        int orders = count("orders");
        int paperOrders = count("paper_orders");

        Cli.Run again = run("execute", "--execute");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("paper broker");
        assertThat(again.out()).doesNotContain("Result: EXECUTED");
        assertThat(count("orders")).isEqualTo(orders);
        assertThat(count("paper_orders")).isEqualTo(paperOrders);
        long executed = done.get("strategies").findValues("strategy_id").stream()
                .filter(id -> "EXECUTED".equals(resultOf(done, id.asLong())))
                .findFirst()
                .orElseThrow()
                .asLong();
        Cli.Run one = run("execute", "--strategy-id", Long.toString(executed));
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("Broker: paper broker", "ALREADY_EXECUTED");
        assertThat(count("paper_orders")).isEqualTo(paperOrders);
        String log = Files.readString(home.resolve("logs/options_v4_execution.log"));
        assertThat(log).contains("strategy.start", "order.sent", "order.booked", "strategy.entered");
        assertThat(log).doesNotContain(TOKEN);
    }

    @Test
    void test_live_needsConfirmCredentialsAndDhanData() {
        Cli.Run noConfirm = run("execute", "--execute", "--live");
        assertThat(noConfirm.exitCode()).isEqualTo(2);
        assertThat(noConfirm.err()).contains("--live needs --confirm");

        Map<String, String> bare = Map.of(DbConfig.HOME_VARIABLE, home.toString());
        Cli.Run noCredentials = StoreCli.run(bare, "execute", "--execute", "--live", "--confirm", "--data", "dhan");
        assertThat(noCredentials.exitCode()).isEqualTo(3);
        assertThat(noCredentials.err()).contains("Dhan credentials");

        Cli.Run simData = run("execute", "--execute", "--live", "--confirm");
        assertThat(simData.exitCode()).isEqualTo(2);
        assertThat(simData.err()).contains("--live sends orders at Dhan's prices: add --data dhan");
        assertThat(simData.err()).doesNotContain(TOKEN);
    }

    @Test
    void test_flags_previewAndExecuteTogetherOrNeitherAreUsageErrors() {
        assertThat(run("execute", "--preview", "--execute").exitCode()).isEqualTo(2);
        Cli.Run neither = run("execute");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--preview, --execute or --strategy-id");
    }

    private static String resultOf(JsonNode doc, long id) {
        for (JsonNode s : doc.get("strategies")) {
            if (s.get("strategy_id").asLong() == id) {
                return s.get("result").asText();
            }
        }
        return "";
    }

    private static Cli.Run run(String... args) {
        Map<String, String> env = new HashMap<>();
        env.put(DbConfig.HOME_VARIABLE, home.toString());
        env.put("DHAN_CLIENT_ID", "1000000001");
        env.put("DHAN_ACCESS_TOKEN", TOKEN);
        List<String> all = new ArrayList<>(List.of("--data", "sim", "--seed", "7", "--as-of", DAY));
        all.addAll(List.of(args));
        return StoreCli.run(env, all.toArray(String[]::new));
    }

    private static int count(String from) {
        return anchor.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM " + from)
                        .mapTo(Integer.class)
                        .one());
    }

    private static long sum(String from) {
        return anchor.jdbi()
                .withHandle(h -> h.createQuery("SELECT coalesce(sum(amount_paise), 0) FROM " + from)
                        .mapTo(Long.class)
                        .one());
    }
}
