package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.testdata.Cli;
import io.optionsv4.marketdata.files.DataFiles;
import io.optionsv4.marketdata.files.ProjectData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10 at the command line: output files, strict numbers, terminal-safe echoes and exit codes. */
class HardeningCliTest {

    private static final String PRICE_HEADER = "right,spot,strike,rate,dividend,volatility,time";
    private static final String GOOD_ROW = "CALL,42,40,0.1,0,0.2,0.5";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "analyze",
                "price",
                "payoff",
                "data quotes NIFTY",
                "data chain NIFTY",
                "check",
                "cleanup",
                "iv collect",
                "iv analyze",
                "data import-industry-allocations x.csv"
            })
    void test_exitCode_unknownOptionIsUsageEverywhere(String command) {
        String[] args = (command + " --no-such-option").split(" ");

        Cli.Run run = Cli.run("", false, Map.of("OPTIONS_V4_HOME", dir.toString()), args);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze --no-database", "data quotes NIFTY", "data chain NIFTY", "iv collect"})
    void test_exitCode_missingReplayDirectoryIsDataUnavailableEverywhere(String command) {
        String[] args = (command + " --data replay --data-dir " + dir.resolve("missing")).split(" ");

        Cli.Run run = Cli.run("", false, Map.of("OPTIONS_V4_HOME", dir.toString()), args);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void test_price_outputSymlinkIsRefusedAndItsTargetKept() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), victim);

        Cli.Run run = Cli.run(PRICE_HEADER + "\n" + GOOD_ROW + "\n", "price", "-o", link.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to replace").contains("symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(victim)).isEqualTo("keep me");
    }

    @Test
    void test_price_outputFifoIsRefused() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        Cli.Run run = Cli.run(PRICE_HEADER + "\n" + GOOD_ROW + "\n", "price", "-o", fifo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a device, FIFO or socket");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void test_price_dashMeansStandardOutputAndNoFileIsCreated() {
        Cli.Run run = Cli.run(PRICE_HEADER + "\n" + GOOD_ROW + "\n", "price", "-o", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("OK");
    }

    @Test
    void test_price_hexFloatIsNotANumberAndThePartialFailureExitsOne() {
        Cli.Run run = Cli.run(PRICE_HEADER + "\nCALL,0x1p3,40,0.1,0,0.2,0.5\n" + GOOD_ROW + "\n", "price");

        assertThat(run.out()).contains("spot '0x1p3' is not a number");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void test_price_echoedInputIsTruncatedAndControlCharactersEscaped() {
        String evil = "\u001b[2J\u001b]0;pwned\u0007" + "9".repeat(1000);
        Cli.Run run = Cli.run(PRICE_HEADER + "\nCALL," + evil + ",40,0.1,0,0.2,0.5\n", "price");

        String status = run.out().lines().skip(1).findFirst().orElseThrow().replaceAll("^.*,INVALID_INPUT", "");
        assertThat(status).doesNotContain("\u001b").doesNotContain("\u0007").contains("pwned\\u0007");
        assertThat(status).hasSizeLessThan(300).contains("(1013 chars)");
    }

    @Test
    void test_quotes_corruptFileGivesTheSameExitCodeAsAnalyze() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("fo01JAN2020bhav.csv"), "INSTRUMENT,SYMBOL\nOPTIDX,NIFTY");
        Files.writeString(data.resolve("nifty50.csv"), "Date,Close,High,Low,Open,Volume\n2020-01-01,1");
        Map<String, String> env = Map.of("OPTIONS_V4_HOME", dir.resolve("home").toString());

        Cli.Run quotes =
                Cli.run("", false, env, "data", "quotes", "NIFTY", "--data", "replay", "--data-dir", data.toString());
        Cli.Run analyze =
                Cli.run("", false, env, "analyze", "--data", "replay", "--data-dir", data.toString(), "--no-database");

        assertThat(quotes.exitCode()).as(quotes.err()).isEqualTo(3);
        assertThat(analyze.exitCode()).as(analyze.err()).isEqualTo(3);
        // Both files are cut off; whichever quotes reads first is named with its line.
        assertThat(quotes.err())
                .containsPattern("(fo01JAN2020bhav|nifty50)\\.csv:2")
                .contains("cut off");
    }

    @Test
    void test_maxBadRows_zeroRefusesAFileThatTheDefaultAcceptsAndReports() throws IOException {
        Path data = Files.createDirectories(dir.resolve("replay"));
        for (String file :
                new String[] {"fo_bhavcopy/fo03JAN2020bhav.csv", "index_daily/nifty50.csv", "index_daily/indiavix.csv"
                }) {
            try (var in = DataFiles.open(ProjectData.file(file))) {
                Files.copy(in, data.resolve(Path.of(file).getFileName()));
            }
        }
        String cash = DataFiles.readString(ProjectData.file("cm_history/cm03JAN2020bhav.csv"), StandardCharsets.UTF_8);
        Files.writeString(
                data.resolve("cm03JAN2020bhav.csv"),
                cash.replaceFirst("\nRELIANCE,EQ,([^,]*),", "\nRELIANCE,EQ,0x1p3,"));
        Map<String, String> env = Map.of("OPTIONS_V4_HOME", dir.resolve("home").toString());
        String[] quotes = {
            "data", "quotes", "INFY", "--data", "replay", "--data-dir", data.toString(), "--as-of", "2020-01-03"
        };

        Cli.Run lenient = Cli.run("", false, env, quotes);
        String[] strictArgs = java.util.Arrays.copyOf(quotes, quotes.length + 2);
        strictArgs[quotes.length] = "--max-bad-rows";
        strictArgs[quotes.length + 1] = "0";
        Cli.Run strict = Cli.run("", false, env, strictArgs);

        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.err()).contains("cm03JAN2020bhav.csv:").contains("OPEN");
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(3);
        assertThat(strict.err()).contains("cm03JAN2020bhav.csv");
        Cli.Run chain = Cli.run(
                "",
                false,
                env,
                "data",
                "chain",
                "INFY",
                "--data",
                "replay",
                "--data-dir",
                data.toString(),
                "--as-of",
                "2020-01-03",
                "--width",
                "1");
        assertThat(chain.exitCode()).as(chain.err()).isZero();
        assertThat(chain.err()).as("the chain reports the row it dropped").contains("cm03JAN2020bhav.csv:");
    }
}
