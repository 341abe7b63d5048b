package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.testdata.Cli;
import io.optionsv4.marketdata.files.ProjectData;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The {@code data} commands on the replay of the real NSE files the project carries in {@code data/}. */
class DataCommandTest {

    private static JsonNode json(Cli.Run run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void test_quotes_niftyAndRelianceFromTheReplay() throws IOException {
        JsonNode out = json(Cli.run(
                "", "--data", "replay", "--as-of", "2020-01-01", "data", "quotes", "NIFTY", "RELIANCE", "--json"));

        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("symbol").asText()).isEqualTo("NIFTY");
        assertThat(out.get(0).get("last").asDouble()).isEqualTo(12182.5);
        assertThat(out.get(0).get("chain").get("expiry").asText()).isEqualTo("2020-01-30");
        assertThat(out.get(0).get("chain").get("rows")).hasSize(2 * QuotesCommand.ATM_WIDTH + 1);
        assertThat(out.get(1).get("close").asDouble()).isEqualTo(1509.6);
        assertThat(out.get(1).get("last").asDouble()).isEqualTo(1511.8);
    }

    @Test
    void test_chain_globalOptionsAfterTheCommandAndAnExpiry() throws IOException {
        JsonNode out = json(Cli.run(
                "",
                "data",
                "chain",
                "NIFTY",
                "--expiry",
                "2020-01-30",
                "--data",
                "replay",
                "--as-of",
                "2020-01-01",
                "--width",
                "3",
                "--json"));

        assertThat(out.get("forward").asDouble()).isCloseTo(12239.86, within(0.01));
        assertThat(out.get("forward_source").asText()).isEqualTo("PUT_CALL_PARITY");
        assertThat(out.get("rows")).hasSize(7);
        JsonNode atmCall = out.get("rows").get(3).get("call");
        assertThat(atmCall.get("quality").asText()).isEqualTo("OK");
        assertThat(atmCall.get("implied_volatility").asDouble()).isBetween(0.09, 0.15);
        assertThat(atmCall.get("delta").asDouble()).isBetween(0.3, 0.7);
    }

    @Test
    void test_chain_textTableNamesTheSource() {
        Cli.Run run =
                Cli.run("", "--data", "replay", "--as-of", "2020-01-03", "data", "chain", "RELIANCE", "--width", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("as of 2020-01-03 from replay of").contains("RELIANCE  expiry 2020-01-30");
    }

    @Test
    void test_chain_unknownSymbolIsAUsageError() {
        Cli.Run run = Cli.run("", "--data", "replay", "--as-of", "2020-01-01", "data", "chain", "RELIANC");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("RELIANC is not an F&O symbol on 2020-01-01 (did you mean RELIANCE?)")
                .contains("Run 'options-v4 data chain --help' for its options.");
    }

    @Test
    void test_data_badSourceIsAUsageError() {
        Cli.Run run = Cli.run("", "--data", "yahoo", "data", "quotes", "NIFTY");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--data must be sim, replay or dhan");
    }

    @Test
    void test_quotes_simulatedMarketIsTheDefaultAndDeterministicForASeed() throws IOException {
        Cli.Run first = Cli.run("", "data", "quotes", "NIFTY", "RELIANCE", "--as-of", "2026-11-20", "--json");
        Cli.Run again =
                Cli.run("", "--seed", "42", "data", "quotes", "NIFTY", "RELIANCE", "--as-of", "2026-11-20", "--json");
        Cli.Run otherSeed =
                Cli.run("", "--seed", "7", "data", "quotes", "NIFTY", "RELIANCE", "--as-of", "2026-11-20", "--json");

        JsonNode out = json(first);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("last").asDouble()).isPositive();
        assertThat(out.get(0).get("chain").get("rows")).hasSize(2 * QuotesCommand.ATM_WIDTH + 1);
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(json(otherSeed).get(0).get("last").asDouble())
                .isNotEqualTo(out.get(0).get("last").asDouble());
    }

    @Test
    void test_chain_simulatedChainHasIvAndGreeksAtTheMoney() throws IOException {
        JsonNode out =
                json(Cli.run("", "data", "chain", "BANKNIFTY", "--as-of", "2026-11-20", "--width", "1", "--json"));
        JsonNode atmPut = out.get("rows").get(1).get("put");
        assertThat(atmPut.get("quality").asText()).isEqualTo("OK");
        assertThat(atmPut.get("implied_volatility").asDouble()).isBetween(0.05, 0.6);
        assertThat(atmPut.get("bid").asDouble())
                .isLessThanOrEqualTo(atmPut.get("ask").asDouble());
    }

    /** The issue's own check: the real chain of 1 January 2020, forward from parity close to the January future. */
    @Test
    void test_chain_replayDefaultsToTheMonthWhoseForwardIsTheFuture() throws IOException {
        JsonNode out = json(Cli.run(
                "",
                "data",
                "chain",
                "NIFTY",
                "--data",
                "replay",
                "--data-dir",
                ProjectData.directory().toString(),
                "--as-of",
                "2020-01-01",
                "--json"));

        assertThat(out.get("expiry").asText()).isEqualTo("2020-01-30");
        assertThat(out.get("forward").asDouble()).isCloseTo(12243.80, within(12243.80 * 5e-4));
    }
}
