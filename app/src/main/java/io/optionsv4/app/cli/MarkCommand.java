package io.optionsv4.app.cli;

import io.optionsv4.app.config.StoreFactory;
import io.optionsv4.core.portfolio.RecentStrategy;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.engine.portfolio.MarkOutcome;
import io.optionsv4.engine.portfolio.MarkService;
import io.optionsv4.store.Database;
import io.optionsv4.store.JdbiMarkStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code options-v4 mark --list-recent | --interactive | --mark-top N | --mark-best SYMBOL | --unmark ID [--lots N]
 * [--date D] [--limit N] [--json]}: lists the strategies of the latest analysis (or {@code --date}) in rank order with
 * their status, and marks them for {@code execute} ({@link MarkService}). Strategies already marked (by the trader or
 * an allocation, which counts as marked with its lots) or on their way are skipped and reported. Exit 0 when done, 1
 * when there is nothing to mark or unmarking was refused, 2 for usage errors ({@code --interactive} without a
 * terminal).
 */
@Command(
        name = "mark",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Marks stored strategies for execution: list, mark the top N or a symbol's best, pick, unmark.")
public final class MarkCommand implements Callable<Integer> {

    private static final int DEFAULT_LIMIT = 30;
    private static final int INTERACTIVE_LIMIT = 20;

    private final StoreFactory storeFactory;
    private final InputStream stdin;
    private final boolean terminal;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Action action;

    /** What to do: exactly one. */
    static final class Action {
        @Option(names = "--list-recent", description = "List the strategies of the latest analysis, best first.")
        boolean list;

        @Option(names = "--interactive", description = "Show a numbered list and mark the numbers picked.")
        boolean interactive;

        @Option(names = "--mark-top", paramLabel = "N", description = "Mark the N best-ranked strategies.")
        Integer top;

        @Option(names = "--mark-best", paramLabel = "SYMBOL", description = "Mark the best strategy of SYMBOL.")
        String best;

        @Option(names = "--unmark", paramLabel = "ID", description = "Remove the mark of strategy ID.")
        Long unmark;
    }

    @Option(
            names = "--lots",
            paramLabel = "N",
            description = "Lots of each strategy marked (default 1; at most " + MarkService.MAX_LOTS + ").")
    private int lots = 1;

    @Option(names = "--date", paramLabel = "DATE", description = "Analysis date (default: the latest).")
    private LocalDate date;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "Strategies to list (default " + DEFAULT_LIMIT + ", " + INTERACTIVE_LIMIT
                    + " for --interactive; 0 for all).")
    private Integer limit;

    @Option(names = "--json", description = "Print the JSON document instead of the text.")
    private boolean json;

    /** Creates the command with the database, standard input, whether it is a terminal, and the clock. */
    public MarkCommand(StoreFactory storeFactory, InputStream stdin, boolean terminal, Clock clock) {
        this.storeFactory = storeFactory;
        this.stdin = stdin;
        this.terminal = terminal;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        MarkService.checkLots(lots);
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (all) or more but was " + limit);
        }
        if (action.top != null && action.top < 1) {
            throw new IllegalArgumentException("--mark-top must be 1 or more but was " + action.top);
        }
        if (action.interactive && json) {
            throw new IllegalArgumentException("--interactive asks on the terminal; it cannot write --json");
        }
        if (action.interactive && !terminal) {
            throw new IllegalArgumentException(
                    "--interactive needs a terminal; use --mark-top N or --mark-best SYMBOL" + " in scripts");
        }
        try (Database database = storeFactory.open()) {
            MarkService service = new MarkService(new JdbiMarkStore(database.jdbi()));
            if (action.unmark != null) {
                return unmark(service, new StrategyId(action.unmark));
            }
            Optional<LocalDate> day = service.analysisDate(Optional.ofNullable(date));
            if (day.isEmpty()) {
                spec.commandLine().getErr().println("options-v4 mark: no stored strategies: run 'options-v4 analyze'");
                return 1;
            }
            return act(service, day.get());
        }
    }

    private int act(MarkService service, LocalDate day) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RecentStrategy> ranked = service.ranked(day);
        if (ranked.isEmpty()) {
            err.println("options-v4 mark: the analysis of " + day + " stored no strategies");
            return 1;
        }
        if (action.list) {
            int shown = shown(DEFAULT_LIMIT, ranked.size());
            if (json) {
                print("list", day, ranked.subList(0, shown), List.of(), "");
            } else {
                MarkReport.list(day, ranked, shown, RootCommand.screen(spec), out);
            }
            return 0;
        }
        if (action.interactive) {
            return interactive(service, day, ranked, out);
        }
        if (action.top != null) {
            List<MarkOutcome> outcomes = service.markTop(day, action.top, lots, actor("--mark-top " + action.top));
            print("mark_top", day, List.of(), outcomes, "Top " + action.top + " of the analysis of " + day);
            return 0;
        }
        Optional<MarkOutcome> best = service.markBest(day, action.best, lots, actor("--mark-best " + action.best));
        if (best.isEmpty()) {
            err.println("options-v4 mark: the analysis of " + day + " has no strategy of " + action.best.strip());
            return 1;
        }
        print(
                "mark_best",
                day,
                List.of(),
                List.of(best.get()),
                "Best of " + best.get().strategy().symbol());
        return 0;
    }

    private int unmark(MarkService service, StrategyId id) throws IOException {
        Optional<MarkOutcome> outcome = service.unmark(id, actor("--unmark " + id.value()));
        if (outcome.isEmpty()) {
            spec.commandLine().getErr().println("options-v4 mark: no stored strategy has id " + id.value());
            return 1;
        }
        MarkOutcome o = outcome.get();
        print("unmark", o.strategy().tradeDate(), List.of(), List.of(o), "Unmark");
        if (o.result() == MarkOutcome.Result.REFUSED) {
            spec.commandLine()
                    .getErr()
                    .println("options-v4 mark: strategy " + id.value() + " was not unmarked: " + o.detail());
            return 1;
        }
        return 0;
    }

    private int interactive(MarkService service, LocalDate day, List<RecentStrategy> ranked, PrintWriter out)
            throws IOException {
        Screen screen = RootCommand.screen(spec);
        List<RecentStrategy> shown = ranked.subList(0, shown(INTERACTIVE_LIMIT, ranked.size()));
        MarkReport.list(day, ranked, shown.size(), screen, out);
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        while (true) {
            out.print("Mark which? 1-" + shown.size() + ", e.g. 1,3-5 (Enter to quit): ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.isBlank() || line.strip().equalsIgnoreCase("q")) {
                out.println();
                out.println("Nothing marked.");
                return 0;
            }
            List<Integer> picks;
            try {
                picks = Picks.parse(line, shown.size());
            } catch (IllegalArgumentException e) {
                out.println(screen.yellow(e.getMessage()) + "; try again.");
                continue;
            }
            List<RecentStrategy> chosen = picks.stream().map(shown::get).toList();
            List<MarkOutcome> outcomes = service.mark(chosen, lots, actor("--interactive"));
            MarkReport.outcomes(summary("Picked", outcomes), outcomes, screen, out);
            next(outcomes, out);
            return 0;
        }
    }

    private void print(
            String name, LocalDate day, List<RecentStrategy> listed, List<MarkOutcome> outcomes, String headline)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(MarkJson.document(name, Optional.of(day), listed, outcomes, clock.instant())));
        } else {
            MarkReport.outcomes(summary(headline, outcomes), outcomes, RootCommand.screen(spec), out);
            next(outcomes, out);
        }
        out.flush();
    }

    private static String summary(String headline, List<MarkOutcome> outcomes) {
        long marked = MarkReport.count(outcomes, MarkOutcome.Result.MARKED);
        long skipped = MarkReport.count(outcomes, MarkOutcome.Result.SKIPPED);
        if (marked == 0 && skipped == 0) {
            return headline;
        }
        return headline + ": " + marked + " marked, " + skipped + " skipped";
    }

    private static void next(List<MarkOutcome> outcomes, PrintWriter out) {
        if (MarkReport.count(outcomes, MarkOutcome.Result.MARKED) > 0) {
            out.println("Next: options-v4 execute --preview");
        }
    }

    private int shown(int defaultLimit, int size) {
        int wanted = limit == null ? defaultLimit : limit;
        return wanted == 0 ? size : Math.min(wanted, size);
    }

    private static String actor(String option) {
        return "mark " + option;
    }
}
