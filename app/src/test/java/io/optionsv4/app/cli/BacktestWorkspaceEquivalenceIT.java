package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.StoreCli;
import io.optionsv4.store.DbConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The in-memory working books against the production stores: the same {@code backtest} run once with {@code
 * --workspace database} (a schema of embedded PostgreSQL) and once with {@code --workspace memory} must give the same
 * trades (every field), the same equity at every close to the paisa, the same warnings and the same summary figures.
 * The run id, its start and its elapsed time are the only fields allowed to differ.
 */
class BacktestWorkspaceEquivalenceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * "Now" of these runs: another day than {@link StoreCli#CLOCK}, so that their run ids (stamped with it) do not take
     * the ids other backtest tests of the shared database expect.
     */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T04:30:00Z"), ZoneOffset.UTC);

    /** Two months of the real NIFTY history: entries every few days, exits by the monitor, marks at the end. */
    @Test
    void test_history_sameResultsOnBothWorkspaces() throws Exception {
        JsonNode database =
                run("--data", "history", "--from", "2019-03-01", "--to", "2019-04-30", "--workspace", "database");
        JsonNode memory =
                run("--data", "history", "--from", "2019-03-01", "--to", "2019-04-30", "--workspace", "memory");
        assertThat(database.at("/run/sessions").asInt()).isGreaterThan(35);
        assertThat(database.at("/equity").size())
                .isEqualTo(database.at("/run/sessions").asInt());
        assertThat(database.at("/trades").size())
                .as("the range enters and closes strategies")
                .isGreaterThan(5);
        assertThat(database.at("/trades").findValuesAsText("exit_reason"))
                .containsAnyOf("PROFIT_TARGET", "STOP_LOSS", "TIME_EXIT");
        assertSame(database, memory);
    }

    /** A week of the simulated market (the whole universe: many symbols and industries). */
    @Test
    void test_simulated_sameResultsOnBothWorkspaces() throws Exception {
        JsonNode database =
                run("--data", "sim", "--from", "2019-03-04", "--to", "2019-03-08", "--workspace", "database");
        JsonNode memory = run("--data", "sim", "--from", "2019-03-04", "--to", "2019-03-08", "--workspace", "memory");
        assertThat(database.at("/run/sessions").asInt())
                .as("4 March 2019 is a holiday")
                .isEqualTo(4);
        assertThat(database.at("/trades").size())
                .as("the week enters strategies")
                .isPositive();
        assertSame(database, memory);
    }

    @Test
    void test_workspace_unknownIsAUsageError() {
        Cli.Run run = StoreCli.run("backtest", "--workspace", "disk", "--from", "2019-03-01", "--to", "2019-03-05");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--workspace must be memory or database, was 'disk'");
    }

    private static JsonNode run(String... args) throws Exception {
        String[] all = new String[args.length + 4];
        all[0] = "backtest";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--json";
        all[args.length + 2] = "--threads";
        all[args.length + 3] = "1";
        Cli.Run run =
                StoreCli.run(Map.of(DbConfig.HOME_VARIABLE, StoreCli.home().toString()), CLOCK, all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static void assertSame(JsonNode database, JsonNode memory) {
        assertThat(memory.at("/trades")).isEqualTo(database.at("/trades"));
        assertThat(memory.at("/equity")).isEqualTo(database.at("/equity"));
        assertThat(memory.at("/run/warnings")).isEqualTo(database.at("/run/warnings"));
        assertThat(memory.at("/summary")).isEqualTo(database.at("/summary"));
        assertThat(memory.at("/plan_pop")).isEqualTo(database.at("/plan_pop"));
        assertThat(memory.at("/expiry_pop")).isEqualTo(database.at("/expiry_pop"));
        assertThat(withoutIdentity(memory.at("/run"))).isEqualTo(withoutIdentity(database.at("/run")));
    }

    private static JsonNode withoutIdentity(JsonNode run) {
        ObjectNode copy = ((ObjectNode) run).deepCopy();
        copy.remove("run_id");
        copy.remove("started_at");
        copy.remove("elapsed");
        return copy;
    }
}
