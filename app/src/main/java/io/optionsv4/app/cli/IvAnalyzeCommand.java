package io.optionsv4.app.cli;

import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.analysis.IvAnalyzer;
import io.optionsv4.core.analysis.IvPercentile;
import io.optionsv4.core.analysis.IvStatistics;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiIvHistoryStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 iv analyze [--date D]}: computes every symbol's IV rank and percentile ({@link IvStatistics}) over
 * its last 252 collected days up to the day, and stores them in {@code iv_percentiles}. The day defaults to the latest
 * collected day; symbols without a summary that day are left out.
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Computes IV rank and IV percentile of the 30-day ATM IV over the last 252 trading days"
                + " (iv_percentiles); a symbol needs 20 stored days before the day.")
public final class IvAnalyzeCommand implements Callable<Integer> {

    private final StoreFactory storeFactory;

    @Spec
    private CommandSpec spec;

    @Option(names = "--date", paramLabel = "DATE", description = "Day to analyze (default: latest collected day).")
    private LocalDate date;

    /** Creates the command with the factory that opens the database. */
    public IvAnalyzeCommand(StoreFactory storeFactory) {
        this.storeFactory = storeFactory;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = storeFactory.open()) {
            JdbiIvHistoryStore store = new JdbiIvHistoryStore(database.jdbi());
            List<LocalDate> days = store.collectedDays();
            if (days.isEmpty()) {
                spec.commandLine().getErr().println("no IV history stored: run 'options-v4 iv collect' first");
                return 1;
            }
            LocalDate asOf = date != null ? date : days.get(days.size() - 1);
            List<IvPercentile> percentiles = new ArrayList<>();
            int tooShort = 0;
            for (String symbol : store.symbols()) {
                if (store.summary(symbol, asOf)
                        .filter(s -> s.thirtyDayIv().isPresent())
                        .isEmpty()) {
                    continue;
                }
                // the day itself is the last entry: the same rule as analyze, never a rank over a few days
                List<Double> history = store.thirtyDayIvHistory(symbol, asOf, IvStatistics.WINDOW_DAYS);
                if (history.size() <= IvAnalyzer.MIN_IV_HISTORY) {
                    tooShort++;
                    continue;
                }
                percentiles.add(new IvPercentile(symbol, asOf, IvStatistics.of(history)));
            }
            store.storePercentiles(percentiles);
            if (tooShort > 0) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                Locale.ROOT,
                                "warning: IV rank unavailable for %d symbols: fewer than %d stored 30-day ATM IVs"
                                        + " before %s (collect earlier days with 'options-v4 iv collect --from D"
                                        + " --to D')%n",
                                tooShort,
                                IvAnalyzer.MIN_IV_HISTORY,
                                asOf);
            }
            int observations = percentiles.stream()
                    .mapToInt(p -> p.statistics().observations())
                    .max()
                    .orElse(0);
            out.printf(
                    Locale.ROOT,
                    "iv_percentiles: %d symbols as of %s (window %d trading days; up to %d observations each)%n",
                    percentiles.size(),
                    asOf,
                    IvStatistics.WINDOW_DAYS,
                    observations);
            return percentiles.isEmpty() ? 1 : 0;
        }
    }
}
