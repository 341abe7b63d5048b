package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.testdata.Cli;
import org.junit.jupiter.api.Test;

/** Errors for people: a sentence naming the input and what is expected, then one help line; no Java in sight. */
class ErrorMessagesTest {

    private static void assertPlain(Cli.Run run, int code, String command) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(code);
        assertThat(run.err())
                .doesNotContain("java.")
                .doesNotContain("Exception")
                .doesNotContain("null")
                .doesNotContain("Usage:");
        if (code == 2) {
            assertThat(run.err()).endsWith("Run 'options-v4 " + command + " --help' for its options." + "\n");
        }
    }

    @Test
    void test_badDate_namesTheFormat() {
        Cli.Run run = Cli.run("", "data", "chain", "NIFTY", "--expiry", "2026-13-01");
        assertPlain(run, 2, "data chain");
        assertThat(run.err()).contains("'2026-13-01' is not a date; expected YYYY-MM-DD");
    }

    @Test
    void test_width_mustBeAtLeastOne() {
        Cli.Run run = Cli.run("", "data", "chain", "NIFTY", "--as-of", "2026-11-20", "--width", "-3");
        assertPlain(run, 2, "data chain");
        assertThat(run.err()).contains("--width must be a whole number >= 1 but was -3");
    }

    @Test
    void test_symbol_mustNotBeEmpty() {
        Cli.Run run = Cli.run("", "analyze", "--as-of", "2026-11-20", "--symbol", ",", "--no-database");
        assertPlain(run, 2, "analyze");
        assertThat(run.err()).contains("--symbol needs at least one symbol");
    }

    @Test
    void test_unknownSymbol_isAUsageErrorWithASuggestion() {
        Cli.Run run = Cli.run("", "data", "quotes", "NIFTY", "RELINCE", "--as-of", "2026-11-20");
        assertPlain(run, 2, "data quotes");
        assertThat(run.err()).contains("RELINCE is not an F&O symbol on 2026-11-20 (did you mean RELIANCE?)");
    }

    @Test
    void test_unknownSymbol_skippedWithAWarningWhenAsked() {
        Cli.Run run = Cli.run("", "data", "quotes", "NIFTY", "RELINCE", "--as-of", "2026-11-20", "--skip-unknown");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: skipped RELINCE");
        assertThat(run.out()).contains("NIFTY");
    }

    @Test
    void test_volatility_percentageGetsAHint() {
        Cli.Run run = Cli.run(
                "{\"spot\":100,\"volatility\":25,\"days\":30,\"legs\":[{\"right\":\"CALL\",\"side\":\"BUY\","
                        + "\"strike\":100,\"premium\":3}]}",
                "payoff");
        assertPlain(run, 2, "payoff");
        assertThat(run.err()).contains("volatility 25 looks like a percentage: write it as a decimal, e.g. 0.25");
    }

    @Test
    void test_volatilityFlag_outOfRange() {
        Cli.Run run = Cli.run(
                "",
                "payoff",
                "--strategy",
                "long-call",
                "--strikes",
                "100",
                "--spot",
                "100",
                "--volatility",
                "0",
                "--days",
                "30");
        assertPlain(run, 2, "payoff");
        assertThat(run.err()).contains("--volatility must be a decimal in (0, 5]");
    }

    @Test
    void test_strategyName_didYouMean() {
        Cli.Run run = Cli.run(
                "",
                "payoff",
                "--strategy",
                "iron-condr",
                "--strikes",
                "1,2,3,4",
                "--spot",
                "100",
                "--volatility",
                "0.2",
                "--days",
                "30");
        assertPlain(run, 2, "payoff");
        assertThat(run.err()).contains("unknown strategy 'iron-condr' (did you mean iron-condor?)");
    }

    @Test
    void test_marketDataOptions_refusedBeforeACommandThatReadsNone() {
        Cli.Run run = Cli.run("", "--seed", "7", "payoff", "--list-strategies");
        assertPlain(run, 2, "payoff");
        assertThat(run.err())
                .contains("--data, --data-dir, --as-of and --seed are for the commands that read market data");
    }

    @Test
    void test_marketDataOptions_notOfferedByCommandsThatReadNone() {
        Cli.Run run = Cli.run("", "payoff", "--help");
        assertThat(run.out())
                .doesNotContain("--seed")
                .doesNotContain("--data-dir")
                .doesNotContain("--as-of");
    }

    @Test
    void test_nonSessionDate_namedInAWarning() {
        Cli.Run run = Cli.run("", "data", "quotes", "NIFTY", "--as-of", "2026-11-21");
        assertThat(run.err()).contains("2026-11-21 (Saturday) is not an NSE trading session");
    }

    @Test
    void test_unknownField_didYouMean() {
        Cli.Run run = Cli.run("{\"spot\":1,\"lotSize\":2}", "payoff");
        assertPlain(run, 2, "payoff");
        assertThat(run.err()).contains("unknown field lotSize (did you mean lot_size?)");
    }
}
