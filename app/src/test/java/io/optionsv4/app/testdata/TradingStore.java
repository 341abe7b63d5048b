package io.optionsv4.app.testdata;

import io.optionsv4.app.cli.RootCommand;
import io.optionsv4.marketdata.files.ProjectData;
import io.optionsv4.store.Database;
import io.optionsv4.store.DbConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The trading commands' own database for the app ITs of {@code mark}, {@code status} and {@code data
 * update-trade-prices}: a second embedded PostgreSQL in its own temporary home, so that their marks, orders, trades
 * and paper fills neither see nor disturb the shared {@link StoreCli} database of the other ITs. One analysis of the
 * simulated market (seed 7, {@link #DAY}) is stored once; {@link #clearTrading()} empties the trading tables between
 * tests (the append-only audit log keeps growing).
 */
public final class TradingStore {

    /** The analysis and valuation day. */
    public static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    /** The "now" of every command: Friday 20 November 2026, 10:30 in India, inside market hours. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);

    /** The market data options of every command here: the simulated market, seed 7, as of {@link #DAY}. */
    public static final String[] SIM = {"--data", "sim", "--seed", "7", "--as-of", DAY.toString()};

    private static Path home;
    private static Database anchor;

    private TradingStore() {}

    /** Returns the database (never close it); the first call starts it and stores the analysis. */
    public static synchronized Database database() {
        if (anchor == null) {
            try {
                home = Files.createTempDirectory("options-v4-trading-it");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            anchor = Database.open(DbConfig.embedded(home));
            Cli.Run run = run("", false, Map.of(), with("analyze", "--symbol", "RELIANCE,TCS,INFY,HDFCBANK,ITC,SBIN"));
            if (run.exitCode() != 0) {
                throw new IllegalStateException("analyze failed: " + run.err());
            }
        }
        return anchor;
    }

    /** Deletes every order, trade, status, ledger and paper-broker row. */
    public static void clearTrading() {
        database().jdbi().useHandle(h -> {
            h.execute("DELETE FROM fund_ledger");
            h.execute("DELETE FROM trades");
            h.execute("DELETE FROM orders");
            h.execute("DELETE FROM strategy_execution_status");
            h.execute("DELETE FROM portfolio_allocations");
            h.execute("DELETE FROM paper_accounts");
        });
    }

    /** Returns {@code args} after the simulated market options. */
    public static String[] with(String... args) {
        String[] all = new String[SIM.length + args.length];
        System.arraycopy(SIM, 0, all, 0, SIM.length);
        System.arraycopy(args, 0, all, SIM.length, args.length);
        return all;
    }

    /** Runs {@code args} without a terminal and with empty standard input. */
    public static Cli.Run run(String... args) {
        return run("", false, Map.of(), args);
    }

    /**
     * Runs {@code args} with {@code stdin}, as if on a terminal when {@code terminal}, with extra environment
     * variables ({@code COLUMNS}).
     */
    public static Cli.Run run(String stdin, boolean terminal, Map<String, String> environment, String... args) {
        return run(CLOCK, stdin, terminal, environment, args);
    }

    /** Runs {@code args} as {@link #run(String, boolean, Map, String...)} with another "now". */
    public static Cli.Run run(
            Clock clock, String stdin, boolean terminal, Map<String, String> environment, String... args) {
        database();
        Map<String, String> env = new HashMap<>(environment);
        env.put(DbConfig.HOME_VARIABLE, home.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = RootCommand.commandLine(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                terminal,
                env,
                clock,
                ProjectData.locate());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Cli.Run(code, out.toString(), err.toString());
    }
}
