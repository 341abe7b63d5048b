package io.optionsv4.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.optionsv4.app.cli.RootCommand;
import io.optionsv4.app.config.OptionsV4Home;
import io.optionsv4.marketdata.files.ProjectData;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The backtest's speed warm (issue 17: "≤ 60 s on 2 cores, warm"): runs {@code options-v4 backtest ARGS --json}
 * several times in one JVM, exactly as the command line does (each run in a fresh {@code OPTIONS_V4_HOME} with its own
 * embedded PostgreSQL), and prints each run's own elapsed time (the days alone, as stored in the run). The first run
 * pays the JIT compilation of the whole code path; the following runs are the warm figures, summarised as min /
 * median / max. Every run must end complete with exit code 0 and the same number of trades, or this exits 1.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar io.optionsv4.bench.BacktestWarmRuns RUNS [backtest options...]
 *   bench/run-backtest.sh warm
 * </pre>
 */
public final class BacktestWarmRuns {

    private BacktestWarmRuns() {}

    /** Runs the backtest {@code args[0]} times with the options {@code args[1..]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BacktestWarmRuns RUNS [backtest options...]");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        List<String> command = new ArrayList<>(List.of("backtest"));
        command.addAll(Arrays.asList(args).subList(1, args.length));
        command.add("--json");
        ObjectMapper json = new ObjectMapper();
        List<Double> warm = new ArrayList<>();
        long trades = -1;
        for (int i = 1; i <= runs; i++) {
            Path home = Files.createTempDirectory("options-v4-bench-warm");
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.put(OptionsV4Home.VARIABLE, home.toString());
            CommandLine cli = RootCommand.commandLine(
                    InputStream.nullInputStream(), false, environment, Clock.systemUTC(), ProjectData.locate());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            long start = System.nanoTime();
            int code = cli.execute(command.toArray(String[]::new));
            double wall = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                System.err.println("run " + i + " ended with exit code " + code + ":\n" + err);
                System.exit(1);
            }
            JsonNode result = json.readTree(out.toString());
            JsonNode run = result.path("run");
            double seconds = Duration.parse(run.path("elapsed").asText()).toNanos() / 1e9;
            long runTrades = result.path("trades").size();
            if (!run.path("complete").asBoolean() || (trades >= 0 && runTrades != trades)) {
                System.err.println("run " + i + " is not complete or traded " + runTrades + " times, not " + trades);
                System.exit(1);
            }
            trades = runTrades;
            System.out.printf(
                    "run %d (%s): runner %.1f s over %d sessions, %d trades; command %.1f s%n",
                    i, i == 1 ? "cold" : "warm", seconds, run.path("sessions").asInt(), runTrades, wall);
            if (i > 1) {
                warm.add(seconds);
            }
        }
        if (!warm.isEmpty()) {
            warm.sort(Double::compare);
            System.out.printf(
                    "warm runner seconds over %d runs: min %.1f / median %.1f / max %.1f%n",
                    warm.size(), warm.get(0), warm.get(warm.size() / 2), warm.get(warm.size() - 1));
        }
    }
}
