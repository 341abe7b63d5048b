package io.optionsv4.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.marketdata.history.HistoricalNiftyMarket;
import io.optionsv4.store.Database;
import io.optionsv4.store.testdata.TestDatabases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner on the real NIFTY and India VIX files: the same inputs give the same result, the account's ledger equals
 * the trades' P&amp;L to the paisa, and changing every day after day k (NIFTY × 1.3, VIX × 2) changes no decision up
 * to day k.
 */
class BacktestRunnerIT {

    private static final LocalDate FROM = LocalDate.of(2020, 2, 3);
    private static final LocalDate DAY_K = LocalDate.of(2020, 2, 14);
    private static final LocalDate TO = LocalDate.of(2020, 2, 21);

    @TempDir
    Path dir;

    private static BacktestResult run(HistoricalNiftyMarket market, String id) {
        try (Database db = TestDatabases.fresh()) {
            BacktestRunner runner = new BacktestRunner(
                    new HistoryBacktestMarket(market),
                    BacktestFixtures.ports(db.jdbi(), Clock.systemUTC()),
                    Clock.systemUTC(),
                    1);
            return runner.run(BacktestFixtures.settings(id, FROM, TO), BacktestProgress.NONE, () -> false);
        }
    }

    private static List<BacktestTrade> enteredBy(BacktestResult r, LocalDate day) {
        return r.trades().stream().filter(t -> !t.entryDate().isAfter(day)).toList();
    }

    @Test
    void test_run_deterministicAndBlindToTheFuture() throws IOException {
        HistoricalNiftyMarket real = HistoricalNiftyMarket.load(ProjectData.directory());
        BacktestResult first = run(real, "a");
        BacktestResult second = run(real, "b");
        assertThat(second.equity()).isEqualTo(first.equity());
        assertThat(second.trades()).isEqualTo(first.trades());
        assertThat(first.trades()).as("the fortnight enters strategies").isNotEmpty();
        EquityPoint last = first.equity().get(first.equity().size() - 1);
        long net = first.trades().stream().mapToLong(BacktestTrade::netPnlPaise).sum();
        // The paper account's ledger and the trades' own P&L agree to the paisa: the closing equity less the capital
        // is the sum of every trade's net P&L (closed ones booked, open ones at the same closing marks).
        assertThat(last.equityPaise() - 100_000_000L).isEqualTo(net);
        long closed = first.trades().stream()
                .filter(BacktestTrade::closed)
                .mapToLong(BacktestTrade::netPnlPaise)
                .sum();
        assertThat(last.realisedPaise()).isEqualTo(closed);

        HistoricalNiftyMarket altered = HistoricalNiftyMarket.load(
                alter(ProjectData.directory().resolve(HistoricalNiftyMarket.NIFTY_FILE + ".gz"), "nifty50.csv", 1.3),
                alter(ProjectData.directory().resolve(HistoricalNiftyMarket.VIX_FILE + ".gz"), "indiavix.csv", 2.0));
        BacktestResult future = run(altered, "c");
        List<EquityPoint> upToK =
                first.equity().stream().filter(p -> !p.day().isAfter(DAY_K)).toList();
        assertThat(future.equity().subList(0, upToK.size())).isEqualTo(upToK);
        assertThat(entries(enteredBy(future, DAY_K))).isEqualTo(entries(enteredBy(first, DAY_K)));
        assertThat(future.equity()).as("the later days do differ").isNotEqualTo(first.equity());
    }

    @Test
    void test_run_simulatedUniverseOnTwoWorkersIsReproducible() {
        // Many symbols analysed by two workers finish in any order; the stored ids (and so the allocation's order and
        // the trades) must not depend on it.
        List<BacktestResult> runs = new java.util.ArrayList<>();
        for (String id : List.of("s1", "s2")) {
            BacktestRunner runner = new BacktestRunner(
                    new SimBacktestMarket(new io.optionsv4.marketdata.sim.SimulatedMarketData(42)),
                    BacktestFixtures.memoryPorts(Clock.systemUTC()),
                    Clock.systemUTC(),
                    2);
            runs.add(runner.run(
                    BacktestFixtures.settings(id, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10)),
                    BacktestProgress.NONE,
                    () -> false));
        }
        assertThat(runs.get(0).trades()).as("the week enters strategies").isNotEmpty();
        assertThat(runs.get(1).trades()).isEqualTo(runs.get(0).trades());
        assertThat(runs.get(1).equity()).isEqualTo(runs.get(0).equity());
    }

    /** The decision at entry: what was entered, when, how many lots, with which predicted probabilities. */
    private static List<String> entries(List<BacktestTrade> trades) {
        return trades.stream()
                .map(t -> t.strategyId() + " " + t.strategyType() + " " + t.entryDate() + " " + t.lots() + " "
                        + t.predictedPlanPop() + " " + t.predictedExpiryPop() + " " + t.marginPaise())
                .toList();
    }

    /** Copies a gzipped daily file, multiplying every price of the rows after day k by {@code factor}. */
    private Path alter(Path gz, String name, double factor) throws IOException {
        Path out = dir.resolve(name);
        try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8));
                PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            String header = in.readLine();
            w.println(header);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                LocalDate day = parse(f[0]);
                if (day == null || !day.isAfter(DAY_K)) {
                    w.println(line);
                    continue;
                }
                StringBuilder b = new StringBuilder(f[0]);
                for (int i = 1; i < f.length; i++) {
                    b.append(',').append(scale(f[i], factor, i));
                }
                w.println(b);
            }
        }
        return out;
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip().substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String scale(String field, double factor, int column) {
        if (column > 4) {
            return field;
        }
        try {
            return String.format(Locale.ROOT, "%.2f", Double.parseDouble(field) * factor);
        } catch (NumberFormatException e) {
            return field;
        }
    }
}
