package io.optionsv4.app.cli;

import io.optionsv4.app.config.MarketDataFactory;
import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.analysis.IvSummary;
import io.optionsv4.engine.pipeline.IvBackfill;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiIvHistoryStore;
import io.optionsv4.store.JdbiReferenceStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 iv collect [--latest | --date D | --from D1 --to D2]}: stores each symbol's 30-day
 * constant-maturity ATM IV with the ATM IV, 25-delta skew and chain summary of the series traded (the expiry nearest 30
 * days) into {@code historical_iv_summary} ({@link IvBackfill#collect}), one line per day; days the market data does
 * not serve (weekends, holidays) are skipped. Also refreshes {@code stock_data} and the derived
 * industry allocations ({@link ReferenceSeeder}).
 */
@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        description = "Stores per-symbol 30-day ATM IV, 25-delta skew and a chain summary for each day"
                + " (historical_iv_summary).")
public final class IvCollectCommand implements Callable<Integer>, GlobalOptions.ReadsMarketData {

    private final MarketDataFactory marketDataFactory;
    private final StoreFactory storeFactory;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Mixin
    private GlobalOptions marketOptions = new GlobalOptions();

    @ArgGroup(exclusive = true)
    private Days days = new Days();

    /** Which days to collect; the default is {@code --latest}. */
    static final class Days {
        @Option(names = "--latest", description = "The latest day of the market data (default).")
        boolean latest;

        @Option(names = "--date", paramLabel = "DATE", description = "One day, YYYY-MM-DD.")
        LocalDate date;

        @ArgGroup(exclusive = false)
        Range range;
    }

    /** A range of days. */
    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of a range.")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of a range.")
        LocalDate to;
    }

    /** Creates the command with the factories that open market data and the database. */
    public IvCollectCommand(MarketDataFactory marketDataFactory, StoreFactory storeFactory) {
        this.marketDataFactory = marketDataFactory;
        this.storeFactory = storeFactory;
    }

    @Override
    public Integer call() {
        MarketDataFactory.Opened opened =
                marketDataFactory.open(marketOptions.settings(RootCommand.globalOptions(spec)));
        List<LocalDate> dates = dates(opened.asOf());
        PrintWriter out = spec.commandLine().getOut();
        int stored = 0;
        LocalDate last = null;
        Set<LocalDate> sessions = new HashSet<>();
        try (Database database = storeFactory.open()) {
            JdbiIvHistoryStore store = new JdbiIvHistoryStore(database.jdbi());
            for (int i = 0; i < dates.size(); i++) {
                LocalDate day = dates.get(i);
                // A source that serves a weekend or holiday as the session before it gives that session's trade date:
                // those summaries are left out, so such a day has none.
                Optional<IvBackfill.Day> result = IvBackfill.collect(opened.marketData(), day, List.of());
                Optional<LocalDate> session = result.flatMap(
                        r -> r.summaries().stream().map(IvSummary::tradeDate).findFirst());
                if (result.isEmpty() || session.isEmpty() || !sessions.add(session.get())) {
                    out.printf(
                            "%s  [%d/%d] no session that day (holiday or weekend), skipped%n",
                            day, i + 1, dates.size());
                    continue;
                }
                store.storeSummaries(result.get().summaries());
                stored += result.get().summaries().size();
                last = session.get();
                out.printf(
                        "%s  [%d/%d] %d symbols stored, %d without ATM IV%n",
                        session.get(),
                        i + 1,
                        dates.size(),
                        result.get().summaries().size(),
                        result.get().skipped());
                out.flush();
            }
            if (last != null) {
                ReferenceSeeder.Seeded seeded =
                        new ReferenceSeeder(new JdbiReferenceStore(database.jdbi())).seed(opened.marketData(), last);
                out.printf("stock_data: %d symbols; industry allocations: %s%n", seeded.stocks(), seeded.allocations());
            }
        }
        out.printf(
                "historical_iv_summary: %d rows stored for %d %s%n",
                stored, sessions.size(), sessions.size() == 1 ? "session" : "sessions");
        out.flush();
        DataQualityOutput.print(
                DataQualityOutput.of(opened.marketData()), spec.commandLine().getErr(), "iv collect");
        return last == null ? 1 : 0;
    }

    private List<LocalDate> dates(LocalDate latest) {
        if (days.date != null) {
            return List.of(days.date);
        }
        if (days.range == null) {
            return List.of(latest);
        }
        if (days.range.to.isBefore(days.range.from)) {
            throw new IllegalArgumentException("--to " + days.range.to + " is before --from " + days.range.from);
        }
        return days.range.from.datesUntil(days.range.to.plusDays(1)).toList();
    }
}
