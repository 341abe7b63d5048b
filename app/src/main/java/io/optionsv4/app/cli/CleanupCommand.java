package io.optionsv4.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.store.Database;
import io.optionsv4.store.DatabaseMaintenance;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 cleanup [--older-than DAYS] [--json]}: removes analysis rows (strategies with their {@code
 * strategy_*} rows, option chain snapshots) of days more than DAYS before today, and says what it removed; it never
 * removes
 * trades, orders, execution status, positions, exit actions, funds, the audit log, IV history or reference data, nor a
 * strategy those refer to.
 */
@Command(
        name = "cleanup",
        mixinStandardHelpOptions = true,
        description = "Removes old analysis rows (never trades or audit rows) and says what it removed.")
public final class CleanupCommand implements Callable<Integer> {

    /** The {@code --json} document: the cutoff, rows removed per table, old strategies kept for trading rows. */
    record Output(String cutoff, Map<String, Integer> removed, int keptForTrading) {}

    private final StoreFactory storeFactory;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--older-than",
            paramLabel = "DAYS",
            defaultValue = "90",
            description = "Remove analysis rows of days more than DAYS before today (default: ${DEFAULT-VALUE}).")
    private int olderThanDays = 90;

    @Option(names = "--json", description = "Write JSON.")
    private boolean json;

    /** Creates the command with the factory that opens the database and the clock that says what today is. */
    public CleanupCommand(StoreFactory storeFactory, Clock clock) {
        this.storeFactory = storeFactory;
        this.clock = clock;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (olderThanDays < 0) {
            throw new IllegalArgumentException("--older-than must be >= 0 but was " + olderThanDays);
        }
        LocalDate cutoff = LocalDate.now(clock.withZone(CheckCommand.INDIA)).minusDays(olderThanDays);
        DatabaseMaintenance.CleanupReport report;
        try (Database database = storeFactory.open()) {
            report = new DatabaseMaintenance(database.jdbi()).cleanup(cutoff);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(
                    new Output(report.cutoff().toString(), report.removed(), report.keptForTrading())));
            return 0;
        }
        out.println("removed analysis rows of days before " + report.cutoff() + ":");
        report.removed().forEach((table, n) -> out.printf("  %-30s %8d%n", table, n));
        out.println("kept " + report.keptForTrading() + " old strategies that trading rows refer to;"
                + " trades, orders, audit log, IV history and reference data are never removed");
        return 0;
    }
}
