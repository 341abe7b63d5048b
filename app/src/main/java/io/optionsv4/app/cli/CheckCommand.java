package io.optionsv4.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.store.Database;
import io.optionsv4.store.DatabaseMaintenance;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 check [--today | --date D] [--json]}: what is stored for a day (rows per table, symbols,
 * strategies)
 * — and the problems found (incomplete strategies, NaN values, duplicates). Exit code 1 when problems are found.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Shows what is stored for a day: counts per table, symbols, strategies and problems found.")
public final class CheckCommand implements Callable<Integer> {

    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    /** The {@code --json} document: rows per table, symbols, strategies per name and problems of the day. */
    record Output(
            String date,
            Map<String, Integer> counts,
            List<String> symbols,
            Map<String, Integer> strategies,
            List<String> problems) {}

    private final StoreFactory storeFactory;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Day day = new Day();

    @Option(names = "--json", description = "Write JSON.")
    private boolean json;

    /** The day to check; today (Asia/Kolkata) by default. */
    static final class Day {
        @Option(names = "--today", description = "Today in Asia/Kolkata (default).")
        boolean today;

        @Option(names = "--date", paramLabel = "DATE", description = "The day, YYYY-MM-DD.")
        LocalDate date;
    }

    /** Creates the command with the factory that opens the database and the clock that says what today is. */
    public CheckCommand(StoreFactory storeFactory, Clock clock) {
        this.storeFactory = storeFactory;
        this.clock = clock;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        LocalDate date = day.date != null ? day.date : LocalDate.now(clock.withZone(INDIA));
        DatabaseMaintenance.DayReport report;
        try (Database database = storeFactory.open()) {
            report = new DatabaseMaintenance(database.jdbi()).check(date);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(new Output(
                    report.date().toString(),
                    report.counts(),
                    report.symbols(),
                    report.strategies(),
                    report.problems())));
        } else {
            print(out, report);
        }
        return report.problems().isEmpty() ? 0 : 1;
    }

    private void print(PrintWriter out, DatabaseMaintenance.DayReport report) {
        out.println("stored for " + report.date() + " in " + database(storeFactory.config()));
        report.counts().forEach((table, n) -> out.printf("  %-30s %8d%n", table, n));
        out.println("symbols (" + report.symbols().size() + "): " + String.join(" ", report.symbols()));
        out.println("strategies:");
        report.strategies().forEach((name, n) -> out.printf("  %-30s %8d%n", name, n));
        if (report.problems().isEmpty()) {
            out.println("problems: none");
        } else {
            out.println("problems:");
            report.problems().forEach(p -> out.println("  " + p));
        }
    }

    /** Names the database for people: its directory when embedded, else its URL with the password masked. */
    private static String database(io.optionsv4.store.DbConfig config) {
        return config.isEmbedded()
                ? "the embedded database at " + config.databaseDirectory()
                : io.optionsv4.store.ConnectionUrl.mask(config.url().orElseThrow());
    }
}
