package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code daily} on a fresh home with the embedded defaults (simulated market, embedded PostgreSQL, paper broker), run
 * at 17:30 IST on a Friday: after the session, so the paper day waives the market hours and says so.
 */
class DailyCommandIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Clock EVENING = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void test_daily_freshHome_runsEveryStepOnPaperAndWritesOneResultsFile() throws IOException {
        Path home = Files.createTempDirectory("options-v4-daily-it");
        try (Database anchor = Database.open(DbConfig.embedded(home))) {
            Cli.Run run = run(
                    home,
                    "daily",
                    "--symbol",
                    "NIFTY,RELIANCE,INFY,ITC",
                    "--capital",
                    "1000000",
                    "--seed",
                    "7",
                    "--json");

            JsonNode doc = MAPPER.readTree(run.out());
            assertThat(JsonSchemaTest.schema("daily").validate(doc)).isEmpty();
            List<String> steps = new ArrayList<>();
            doc.get("steps")
                    .forEach(s -> steps.add(
                            s.get("name").asText() + "=" + s.get("exit_code").asInt()));
            assertThat(steps)
                    .as(run.err())
                    .startsWith("analyze=0", "allocate=0", "mark=0")
                    .contains("monitor=0", "status=0");
            assertThat(doc.get("steps").get(3).get("command").asText())
                    .isEqualTo("options-v4 execute --execute --ignore-market-hours --seed 7");
            boolean allZero = steps.stream().allMatch(s -> s.endsWith("=0"));
            assertThat(run.exitCode()).isEqualTo(allZero ? 0 : 1);
            assertThat(doc.get("exit_code").asInt()).isEqualTo(run.exitCode());
            assertThat(doc.get("broker").asText()).isEqualTo("paper");
            assertThat(doc.get("market_hours_waived").asBoolean()).isTrue();
            assertThat(run.err()).contains("market hours are waived", "paper broker");
            assertThat(doc.get("files").toString())
                    .contains(
                            "results/options_v4_analysis_",
                            "results/options_portfolio_allocation_",
                            "logs/automated_monitor.log",
                            "logs/options_v4_execution.log");
            int trades = anchor.jdbi()
                    .withHandle(h -> h.createQuery("SELECT count(*) FROM trades")
                            .mapTo(Integer.class)
                            .one());
            assertThat(trades).isPositive();
            try (Stream<Path> results = Files.list(home.resolve("results"))) {
                List<Path> daily = results.filter(
                                p -> p.getFileName().toString().startsWith("options_v4_daily_"))
                        .toList();
                assertThat(daily).hasSize(1);
                assertThat(daily.get(0).getFileName().toString()).isEqualTo("options_v4_daily_20261120_173000.json");
                assertThat(MAPPER.readTree(daily.get(0).toFile())).isEqualTo(doc);
            }
        }
    }

    private static Cli.Run run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RootCommand.commandLine(
                new ByteArrayInputStream(new byte[0]),
                false,
                Map.of(DbConfig.HOME_VARIABLE, home.toString()),
                EVENING,
                ProjectData.locate());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Cli.Run(code, out.toString(), err.toString());
    }
}
