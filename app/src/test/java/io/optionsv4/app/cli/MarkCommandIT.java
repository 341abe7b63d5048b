package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.TradingStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code mark} over a stored analysis of the simulated market, in the trading ITs' own embedded PostgreSQL. */
class MarkCommandIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeEach
    void clear() {
        TradingStore.clearTrading();
    }

    private static JsonNode json(Cli.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return MAPPER.readTree(run.out());
    }

    private static List<JsonNode> listed(int limit) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        json(TradingStore.run("mark", "--list-recent", "--limit", Integer.toString(limit), "--json"))
                .get("strategies")
                .forEach(all::add);
        return all;
    }

    private static String status(long strategy) {
        return TradingStore.database()
                .jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT status || ':' || coalesce(lots, 0) FROM strategy_execution_status"
                                        + " WHERE strategy_id = :s")
                                .bind("s", strategy)
                                .mapTo(String.class)
                                .findOne()
                                .orElse("none"));
    }

    private static void setStatus(long strategy, String status, int lots) {
        TradingStore.database()
                .jdbi()
                .useHandle(h -> h.createUpdate("INSERT INTO strategy_execution_status (strategy_id, status, lots,"
                                + " message) VALUES (:s, :status, :lots, 'allocation 1')")
                        .bind("s", strategy)
                        .bind("status", status)
                        .bind("lots", lots)
                        .execute());
    }

    @Test
    void test_listRecent_ranksTheLatestAnalysisByScore_andValidates() throws IOException {
        JsonNode doc = json(TradingStore.run("mark", "--list-recent", "--limit", "0", "--json"));

        assertThat(JsonSchemaTest.schema("mark").validate(doc)).isEmpty();
        assertThat(doc.get("analysis_date").asText()).isEqualTo(TradingStore.DAY.toString());
        JsonNode strategies = doc.get("strategies");
        assertThat(strategies.size()).isGreaterThan(6);
        for (int i = 1; i < strategies.size(); i++) {
            assertThat(strategies.get(i).get("score").asDouble())
                    .isLessThanOrEqualTo(strategies.get(i - 1).get("score").asDouble());
            assertThat(strategies.get(i).get("rank").asInt()).isEqualTo(i + 1);
        }
        JsonNode first = strategies.get(0);
        assertThat(first.get("status").isNull()).isTrue();
        assertThat(first.get("pop").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("margin").asDouble()).isPositive();
        assertThat(json(TradingStore.run("mark", "--list-recent", "--json"))
                        .get("strategies")
                        .size())
                .isEqualTo(Math.min(30, strategies.size()));
    }

    @Test
    void test_listRecent_textFits80Columns() throws IOException {
        Cli.Run run = TradingStore.run("", false, Map.of("COLUMNS", "80"), "mark", "--list-recent", "--limit", "12");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Strategies of the analysis of 2026-11-20", "Status", "more: --limit 0 lists them all.");
        run.out().lines().forEach(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/mark-list-80.txt"), run.out());
    }

    @Test
    void test_markTop_persistsMarkedWithLots_andSkipsWhatIsMarked() throws IOException {
        List<JsonNode> top = listed(4);

        JsonNode first = json(TradingStore.run("mark", "--mark-top", "3", "--lots", "2", "--json"));
        Cli.Run again = TradingStore.run("mark", "--mark-top", "4");

        assertThat(first.get("outcomes")).hasSize(3);
        first.get("outcomes").forEach(o -> assertThat(o.get("result").asText()).isEqualTo("MARKED"));
        for (int i = 0; i < 3; i++) {
            assertThat(status(top.get(i).get("strategy_id").asLong())).isEqualTo("MARKED:2");
        }
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out())
                .contains("Top 4 of the analysis of 2026-11-20: 1 marked, 3 skipped")
                .contains("already marked (2 lots)")
                .contains("Next: options-v4 execute --preview");
        assertThat(status(top.get(3).get("strategy_id").asLong())).isEqualTo("MARKED:1");
        long audited = TradingStore.database()
                .jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT count(*) FROM audit_log WHERE event = 'MARKED' AND entity_id = :id")
                                .bind("id", top.get(0).get("strategy_id").asText())
                                .mapTo(Long.class)
                                .one());
        assertThat(audited).isPositive();
    }

    @Test
    void test_allocatedStrategy_showsAsMarkedWithItsLots_andIsNotMarkedAgain() throws IOException {
        long best = listed(1).get(0).get("strategy_id").asLong();
        setStatus(best, "ALLOCATED", 3);

        JsonNode listedNow = listed(1).get(0);
        Cli.Run text = TradingStore.run("mark", "--list-recent", "--limit", "3");
        Cli.Run top = TradingStore.run("mark", "--mark-top", "1");

        assertThat(listedNow.get("status").asText()).isEqualTo("MARKED");
        assertThat(listedNow.get("allocated").asBoolean()).isTrue();
        assertThat(listedNow.get("lots").asInt()).isEqualTo(3);
        assertThat(text.out()).contains("MARKED*", "* marked by an allocation, with the allocated lots.");
        assertThat(top.out()).contains("skipped", "already marked by an allocation (3 lots)");
        assertThat(status(best)).isEqualTo("ALLOCATED:3");
    }

    @Test
    void test_markBest_marksTheSymbolsBest_caseInsensitive() throws IOException {
        long tcsBest = listed(0).stream()
                .filter(s -> s.get("symbol").asText().equals("TCS"))
                .findFirst()
                .orElseThrow()
                .get("strategy_id")
                .asLong();

        JsonNode doc = json(TradingStore.run("mark", "--mark-best", "tcs", "--json"));
        Cli.Run unknown = TradingStore.run("mark", "--mark-best", "WIPRO");

        assertThat(doc.get("outcomes").get(0).get("strategy_id").asLong()).isEqualTo(tcsBest);
        assertThat(status(tcsBest)).isEqualTo("MARKED:1");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("has no strategy of WIPRO");
    }

    @Test
    void test_unmark_onlyMarked_refusesExecutedAndUnknown() throws IOException {
        List<JsonNode> top = listed(2);
        long marked = top.get(0).get("strategy_id").asLong();
        long executed = top.get(1).get("strategy_id").asLong();
        TradingStore.run("mark", "--mark-top", "1");
        setStatus(executed, "EXECUTED", 1);

        Cli.Run unmark = TradingStore.run("mark", "--unmark", Long.toString(marked));
        Cli.Run refused = TradingStore.run("mark", "--unmark", Long.toString(executed));
        Cli.Run notMarked = TradingStore.run("mark", "--unmark", Long.toString(marked));
        Cli.Run unknown = TradingStore.run("mark", "--unmark", "987654321");

        assertThat(unmark.exitCode()).as(unmark.err()).isZero();
        assertThat(unmark.out()).contains("unmarked", "#" + marked);
        assertThat(status(marked)).isEqualTo("none");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("only a MARKED strategy can be unmarked; it is EXECUTED");
        assertThat(status(executed)).isEqualTo("EXECUTED:1");
        assertThat(notMarked.exitCode()).isEqualTo(1);
        assertThat(notMarked.err()).contains("it is not marked");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no stored strategy has id 987654321");
    }

    @Test
    void test_interactive_refusesWithoutATerminal() {
        Cli.Run run = TradingStore.run("mark", "--interactive");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--interactive needs a terminal");
    }

    @Test
    void test_interactive_marksThePickedNumbers_afterABadAnswer() throws IOException {
        List<JsonNode> top = listed(3);

        Cli.Run run = TradingStore.run("7x\n1, 3\n", true, Map.of("NO_COLOR", "1"), "mark", "--interactive");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Mark which?", "'7x' is not a number or a range like 3-5; try again.");
        assertThat(run.out()).contains("Picked: 2 marked, 0 skipped");
        assertThat(status(top.get(0).get("strategy_id").asLong())).isEqualTo("MARKED:1");
        assertThat(status(top.get(1).get("strategy_id").asLong())).isEqualTo("none");
        assertThat(status(top.get(2).get("strategy_id").asLong())).isEqualTo("MARKED:1");
    }

    @Test
    void test_interactive_quitsOnEnter_markingNothing() {
        Cli.Run run = TradingStore.run("\n", true, Map.of(), "mark", "--interactive");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Nothing marked.");
    }

    @Test
    void test_mark_exits1_whenTheDateHasNoAnalysis_and2ForBadLots() {
        Cli.Run none = TradingStore.run("mark", "--list-recent", "--date", "2001-01-01");
        Cli.Run lots = TradingStore.run("mark", "--mark-top", "1", "--lots", "0");
        Cli.Run two = TradingStore.run("mark", "--mark-top", "1", "--list-recent");

        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("the analysis of 2001-01-01 stored no strategies");
        assertThat(lots.exitCode()).isEqualTo(2);
        assertThat(lots.err()).contains("--lots must be 1 to 100 but was 0");
        assertThat(two.exitCode()).isEqualTo(2);
    }
}
