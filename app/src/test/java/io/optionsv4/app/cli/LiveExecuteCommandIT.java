package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.app.testdata.LiveDhan;
import io.optionsv4.app.testdata.StoreCli;
import io.optionsv4.dhan.testdata.RecordedRequest;
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
 * {@code execute --live --confirm} and {@code close --live --confirm} end to end against the fake Dhan server: the
 * Dhan broker is chosen only with credentials, {@code --live} and {@code --confirm}; a 4-leg strategy fills on the
 * fake exchange; a second run places nothing; a paper {@code close} of it is refused (its legs are at Dhan); {@code
 * close --live} buys back the shorts and sells the longs.
 */
class LiveExecuteCommandIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path home;
    private static Database anchor;
    private static LiveDhan dhan;

    @BeforeAll
    static void start() throws IOException {
        home = Files.createTempDirectory("options-v4-live-it");
        anchor = Database.open(DbConfig.embedded(home));
        dhan = new LiveDhan(home);
    }

    @AfterAll
    static void stop() {
        dhan.close();
        anchor.close();
    }

    @Test
    void test_executeLive_fillsFourLegsOnDhanOnceAndCloses() throws IOException {
        long id = LiveDhan.storeIronButterfly(anchor.jdbi(), 1);

        Cli.Run run = live("execute", "--execute", "--live", "--confirm", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Dhan broker at " + dhan.server().baseUrl(), "freeze quantity sliced");
        JsonNode doc = MAPPER.readTree(run.out());
        assertThat(JsonSchemaTest.schema("execute").validate(doc)).isEmpty();
        assertThat(doc.get("broker").asText()).isEqualTo("dhan");
        assertThat(doc.get("strategies").get(0).get("result").asText()).isEqualTo("EXECUTED");
        assertThat(placed()).hasSize(4);
        assertThat(count("trades WHERE strategy_id = " + id + " AND status = 'OPEN' AND entry_price_paise > 0"))
                .isEqualTo(4);

        Cli.Run again = live("execute", "--execute", "--live", "--confirm");

        assertThat(again.err()).contains("Dhan broker");
        assertThat(placed()).hasSize(4);

        Cli.Run paperClose =
                StoreCli.run(dhan.environment(), dhan.clock(), "close", "--strategy-id", Long.toString(id), "--json");

        assertThat(paperClose.exitCode()).isEqualTo(1);
        assertThat(paperClose.out() + paperClose.err())
                .contains("was executed on the dhan broker, not the paper broker", "nothing was sent");
        assertThat(placed()).hasSize(4);
        assertThat(count("trades WHERE strategy_id = " + id + " AND status = 'OPEN'"))
                .isEqualTo(4);

        Cli.Run close = live("close", "--strategy-id", Long.toString(id), "--live", "--confirm", "--json");

        assertThat(close.exitCode()).as(close.err() + close.out()).isZero();
        assertThat(MAPPER.readTree(close.out()).get("broker").asText()).startsWith("Dhan broker");
        assertThat(placed()).hasSize(8);
        assertThat(count("trades WHERE strategy_id = " + id + " AND status = 'CLOSED'"))
                .isEqualTo(4);
    }

    @Test
    void test_live_refusesWithoutConfirmCredentialsOrDhanData() {
        Cli.Run noConfirm = live("execute", "--execute", "--live");
        assertThat(noConfirm.exitCode()).isEqualTo(2);
        assertThat(noConfirm.err()).contains("--live needs --confirm");

        Map<String, String> bare = new HashMap<>(dhan.environment());
        bare.remove("DHAN_ACCESS_TOKEN");
        Cli.Run noToken =
                StoreCli.run(bare, dhan.clock(), "execute", "--execute", "--live", "--confirm", "--data", "dhan");
        assertThat(noToken.exitCode()).isEqualTo(3);
        assertThat(noToken.err()).contains("Dhan credentials", "nothing was sent");

        Cli.Run sim = StoreCli.run(
                dhan.environment(), dhan.clock(), "execute", "--execute", "--live", "--confirm", "--data", "sim");
        assertThat(sim.exitCode()).isEqualTo(2);
        assertThat(sim.err()).contains("add --data dhan");
    }

    private static List<RecordedRequest> placed() {
        List<RecordedRequest> orders = new ArrayList<>();
        for (RecordedRequest r : dhan.server().requests()) {
            if (r.method().equals("POST") && r.path().equals("/v2/orders")) {
                orders.add(r);
            }
        }
        return orders;
    }

    private static Cli.Run live(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", "dhan"));
        all.addAll(List.of(args));
        return StoreCli.run(dhan.environment(), dhan.clock(), all.toArray(String[]::new));
    }

    private static int count(String from) {
        return anchor.jdbi()
                .withHandle(h -> h.createQuery("SELECT count(*) FROM " + from)
                        .mapTo(Integer.class)
                        .one());
    }
}
