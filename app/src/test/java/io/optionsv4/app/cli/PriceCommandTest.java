package io.optionsv4.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.app.testdata.Cli;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.pricing.BlackScholesMerton;
import io.optionsv4.core.pricing.Greeks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCommandTest {

    private static final String HEADER = "right,spot,strike,rate,dividend,volatility,time";
    private static final String OUT_HEADER = ",price,delta,gamma,vega,theta,rho,implied_volatility,status";

    private static List<String> lines(Cli.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().toList();
    }

    private static List<String> fields(String line) {
        return List.of(line.split(",", -1));
    }

    /** Hull, Options, Futures and Other Derivatives, example 15.6: S=42, K=40, r=10%, sigma=20%, T=0.5 gives 4.76. */
    @Test
    void test_price_hullExampleWithGreeksInMarketUnits() {
        List<String> out = lines(Cli.run(HEADER + "\nCALL,42,40,0.1,0,0.2,0.5\n", "price"));

        assertThat(out.get(0)).isEqualTo(HEADER + OUT_HEADER);
        List<String> row = fields(out.get(1));
        Greeks g = BlackScholesMerton.greeks(Right.CALL, 42, 40, 0.5, 0.2, 0.1, 0);
        assertThat(row.subList(0, 7)).containsExactly("CALL", "42", "40", "0.1", "0", "0.2", "0.5");
        assertThat(row.get(7)).isEqualTo(Double.toString(g.price()));
        assertThat(Double.parseDouble(row.get(7))).isBetween(4.755, 4.765);
        assertThat(row.get(8)).isEqualTo(Double.toString(g.delta()));
        assertThat(row.get(11)).isEqualTo(Double.toString(g.theta()));
        assertThat(row.get(13)).isEmpty();
        assertThat(row.get(14)).isEqualTo("OK");
    }

    @Test
    void test_price_solvesImpliedVolatilityWhenVolatilityIsEmpty() {
        double price = BlackScholesMerton.price(Right.PUT, 100, 95, 0.25, 0.31, 0.065, 0.01);
        String input =
                "time,right,price,spot,strike,rate,dividend,volatility\n0.25,PUT," + price + ",100,95,0.065,0.01,\n";
        List<String> row = fields(lines(Cli.run(input, "price")).get(1));

        assertThat(Double.parseDouble(row.get(14))).isCloseTo(0.31, org.assertj.core.api.Assertions.within(1e-13));
        assertThat(Double.parseDouble(row.get(8))).isCloseTo(price, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(row.get(15)).isEqualTo("OK");
    }

    @Test
    void test_price_badRowsGetAStatusAndOthersStillCompute() {
        String input = HEADER + ",price\n"
                + "CALL,abc,40,0.1,0,0.2,0.5,\n"
                + "STRADDLE,42,40,0.1,0,0.2,0.5,\n"
                + "CALL,42,40,0.1,0,,0.5,1\n"
                + "CALL,42,40,0.1,0,,0.5,50\n"
                + "CALL,42,40,0.1,0,,0,3\n"
                + "CALL,42,-40,0.1,0,0.2,0.5,\n"
                + "CALL,42,40,0.1,0,,0.5,\n"
                + "CALL,42,40,0.1,0,0.2,0.5,\n";
        Cli.Run run = Cli.run(input, "price");
        List<String> out = run.out().lines().toList();

        assertThat(out).hasSize(9);
        assertThat(status(out.get(1))).isEqualTo("INVALID_INPUT: spot 'abc' is not a number");
        assertThat(status(out.get(2))).contains("INVALID_INPUT").contains("STRADDLE");
        assertThat(status(out.get(3))).isEqualTo("BELOW_INTRINSIC");
        assertThat(status(out.get(4))).isEqualTo("ABOVE_UPPER_BOUND");
        assertThat(status(out.get(5))).isEqualTo("EXPIRED");
        assertThat(status(out.get(6))).isEqualTo("INVALID_INPUT: strike must be > 0 but was -40");
        assertThat(status(out.get(7))).contains("volatility is empty");
        assertThat(status(out.get(8))).isEqualTo("OK");
        assertThat(run.err()).contains("7 of 8 rows could not be priced");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void test_price_missingColumnsAreNamed() {
        Cli.Run run = Cli.run("right,spot,strike\nCALL,1,1\n", "price");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("rate, dividend, volatility, time");
    }

    @Test
    void test_price_readsAndWritesFiles(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.csv");
        Path out = dir.resolve("out.csv");
        Files.writeString(in, HEADER + "\r\nPUT,42,40,0.1,0,0.2,0.5\r\n");
        Cli.Run run = Cli.run("", "price", "--input", in.toString(), "--output", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> written = Files.readAllLines(out);
        assertThat(written).hasSize(2);
        assertThat(status(written.get(1))).isEqualTo("OK");
        assertThat(Double.parseDouble(fields(written.get(1)).get(7))).isBetween(0.805, 0.815);
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("in.csv", "out.csv");
    }

    @Test
    void test_price_missingInputFileIsAUsageError(@TempDir Path dir) {
        Cli.Run run = Cli.run("", "price", "--input", dir.resolve("nope.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("input file not found");
    }

    private static String status(String line) {
        List<String> f = fields(line.replaceAll("\"", ""));
        return line.contains("\"") ? line.substring(line.indexOf('"') + 1, line.lastIndexOf('"')) : f.get(f.size() - 1);
    }
}
