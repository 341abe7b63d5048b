package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.testdata.Cli;
import io.optionsv4.core.money.RupeeFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reports at 80 and 120 columns, with and without colour, in the one money format. */
class TerminalOutputTest {

    private static final Pattern RUPEE_SIGN = Pattern.compile("-?₹[0-9,.]*");
    private static final String ESC = "\u001b[";

    private static final String SPREAD = """
            {"spot":1500,"volatility":0.25,"rate":0.065,"dividend":0,"days":30,"lot_size":500,
             "legs":[{"right":"CALL","side":"BUY","strike":1500,"premium":35.2,"lots":1},
                     {"right":"CALL","side":"SELL","strike":1560,"premium":12.1,"lots":1}]}
            """;

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void test_payoffTable_fitsTheWidth(int columns) {
        Cli.Run run = Cli.run(SPREAD, true, env(columns), "payoff", "--color", "never");
        assertReadable(run, columns);
        assertThat(run.out()).contains("Max loss", "₹11,550.00").doesNotContain(ESC);
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void test_chain_fitsTheWidthWithHalvesAndTheAtmMarked(int columns) {
        Cli.Run run = Cli.run("", true, env(columns), "data", "chain", "NIFTY", "--as-of", "2026-11-20");
        assertReadable(run, columns);
        String text = plain(run.out());
        assertThat(text)
                .contains("CALLS", "PUTS", "strike", "* ATM strike", " bid ", " ask ", " OI ")
                .containsPattern("\\d\\* +\\|");
        if (columns >= 120) {
            assertThat(text).contains("settle", "last");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 120})
    void test_analyzeReport_bestListFirstAndEveryLineFits(int columns) {
        Cli.Run run = Cli.run(
                "",
                true,
                env(columns),
                "analyze",
                "--as-of",
                "2026-11-20",
                "--limit",
                "12",
                "--no-database",
                "--quiet");
        assertReadable(run, columns);
        String[] lines = plain(run.out()).split("\n");
        assertThat(lines[0]).startsWith("Best strategies of 2026-11-20 (by score)");
        assertThat(lines[1]).contains("symbol", "strategy", "expiry", "net", "max loss", "PoP", "score", "conviction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"always", "never"})
    void test_color_onlyWhenAskedOrOnATerminal(String color) {
        Cli.Run forced =
                Cli.run("", false, env(80), "data", "chain", "NIFTY", "--as-of", "2026-11-20", "--color", color);
        assertThat(forced.out().contains(ESC)).isEqualTo(color.equals("always"));
        String plain = plain(forced.out());
        Cli.Run never = Cli.run("", false, env(80), "data", "chain", "NIFTY", "--as-of", "2026-11-20");
        String legend = "* ATM strike";
        assertThat(plain.substring(0, plain.indexOf(legend)))
                .isEqualTo(never.out().substring(0, never.out().indexOf(legend)));
    }

    @org.junit.jupiter.api.Test
    void test_color_noColorHonouredOnATerminal() {
        Map<String, String> env = Map.of("COLUMNS", "80", "NO_COLOR", "1");
        assertThat(Cli.run("", true, env, "data", "chain", "NIFTY", "--as-of", "2026-11-20")
                        .out())
                .doesNotContain(ESC);
        assertThat(Cli.run("", true, env(80), "data", "chain", "NIFTY", "--as-of", "2026-11-20")
                        .out())
                .contains(ESC);
    }

    @Property(tries = 40)
    void test_payoffTable_everyRupeeTextParsesBack(
            @ForAll @DoubleRange(min = 50, max = 60000) double spot,
            @ForAll @DoubleRange(min = 0.05, max = 1.5) double volatility,
            @ForAll @IntRange(min = 1, max = 400) int days,
            @ForAll @IntRange(min = 1, max = 5000) int lotSize) {
        String input = String.format(
                Locale.ROOT,
                "{\"spot\":%.2f,\"volatility\":%.4f,\"days\":%d,\"lot_size\":%d,\"legs\":["
                        + "{\"right\":\"PUT\",\"side\":\"SELL\",\"strike\":%.0f,\"premium\":%.2f},"
                        + "{\"right\":\"CALL\",\"side\":\"SELL\",\"strike\":%.0f,\"premium\":%.2f}]}",
                spot,
                volatility,
                days,
                lotSize,
                spot * 0.95,
                spot * 0.02,
                spot * 1.05,
                spot * 0.02);
        Cli.Run run = Cli.run(input, true, env(80), "payoff");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertEveryRupeeParses(run.out());
    }

    static void assertEveryRupeeParses(String text) {
        Matcher m = RUPEE_SIGN.matcher(text);
        while (m.find()) {
            String amount = m.group().replaceAll("[,.]$", "");
            assertThat(RupeeFormat.AMOUNT.matcher(amount).matches()).as(amount).isTrue();
            assertThat(RupeeFormat.format(RupeeFormat.parse(amount))).isEqualTo(amount);
        }
        assertThat(text).doesNotContain("Rs ").doesNotContain("-0.00").doesNotContain("-₹0.00");
    }

    private static void assertReadable(Cli.Run run, int columns) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String line : plain(run.out()).split("\n")) {
            assertThat(line.length())
                    .as("line over %d columns: %s", columns, line)
                    .isLessThanOrEqualTo(columns);
        }
        assertEveryRupeeParses(run.out());
    }

    private static String plain(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    private static Map<String, String> env(int columns) {
        return Map.of("COLUMNS", Integer.toString(columns));
    }
}
