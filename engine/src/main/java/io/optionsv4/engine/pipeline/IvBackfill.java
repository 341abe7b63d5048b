package io.optionsv4.engine.pipeline;

import io.optionsv4.core.analysis.ConstantMaturityIv;
import io.optionsv4.core.analysis.IvAnalyzer;
import io.optionsv4.core.analysis.IvHistoryStore;
import io.optionsv4.core.analysis.IvSummarizer;
import io.optionsv4.core.analysis.IvSummary;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.instrument.Expiry;
import io.optionsv4.core.market.MarketData;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.market.OptionChain;
import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fills the stored IV history ({@code historical_iv_summary}) from the market data source for the sessions before a
 * day, so that a fresh installation ranks today's IV against the same 30-day constant-maturity ATM IV of earlier days
 * rather than not at all (issue 13, item 5). A source serves what it can: the simulated market any past day, the replay
 * the days of its files, Dhan none (it has no past chains); a day it cannot serve is counted, never invented.
 *
 * <p>Per session and symbol only the chains of the expiries bracketing 30 days are read ({@link
 * ConstantMaturityIv#bracket}) and summarised ({@link IvSummarizer#summarizeDay}); each session is stored in one
 * transaction. The same per-day collection serves {@code iv collect}. Not thread-safe; one backfill at a time.
 */
public final class IvBackfill {

    /**
     * The sessions backfilled by default: the history an IV rank needs ({@link IvAnalyzer#MIN_IV_HISTORY}) and a few
     * more, as a symbol may lack a priced ATM option on some days.
     */
    public static final int DEFAULT_SESSIONS = IvAnalyzer.MIN_IV_HISTORY + 5;

    private static final int SEARCH_FACTOR = 3;

    private final MarketData marketData;
    private final IvHistoryStore store;
    private final TradingDays tradingDays;
    private final int parallelism;

    /** Creates the backfill over {@code marketData} into {@code store}, walking {@code tradingDays}, on one thread. */
    public IvBackfill(MarketData marketData, IvHistoryStore store, TradingDays tradingDays) {
        this(marketData, store, tradingDays, 1);
    }

    /**
     * Creates the backfill over {@code marketData} (thread-safe) into {@code store}, walking {@code tradingDays}, each
     * session's symbols summarised on {@code parallelism} ({@code >= 1}) threads.
     */
    public IvBackfill(MarketData marketData, IvHistoryStore store, TradingDays tradingDays, int parallelism) {
        this.marketData = Checks.notNull(marketData, "marketData");
        this.store = Checks.notNull(store, "store");
        this.tradingDays = Checks.notNull(tradingDays, "tradingDays");
        Checks.argument(parallelism >= 1, "parallelism must be >= 1 but was " + parallelism);
        this.parallelism = parallelism;
    }

    /** Told after each session of a backfill. */
    @FunctionalInterface
    public interface Progress {
        /** A progress that tells nobody. */
        Progress NONE = (day, done, total, rows) -> {};

        /**
         * Called once per session tried.
         *
         * @param day the session
         * @param done sessions tried so far, this one included
         * @param total sessions to try
         * @param rows summaries stored for the session (0 when the source could not serve it)
         */
        void session(LocalDate day, int done, int total, int rows);
    }

    /**
     * What a backfill did.
     *
     * @param symbols the symbols that had gaps in the window and were backfilled (empty: nothing to do)
     * @param sessionsTried sessions read from the source
     * @param sessionsStored sessions with at least one summary stored
     * @param rows summaries stored
     */
    public record Result(List<String> symbols, int sessionsTried, int sessionsStored, int rows) {

        /** Validates and copies. */
        public Result {
            symbols = List.copyOf(Checks.notNull(symbols, "symbols"));
        }
    }

    /** One day's summaries and how many symbols had none. */
    public record Day(List<IvSummary> summaries, int skipped) {

        /** Validates and copies. */
        public Day {
            summaries = List.copyOf(Checks.notNull(summaries, "summaries"));
            Checks.argument(skipped >= 0, "skipped must be >= 0 but was " + skipped);
        }
    }

    /**
     * Fills the gaps of the last {@code sessions} trading days before {@code asOf} in the stored 30-day IV history of
     * {@code symbols}: every session on which a symbol has none is read from the source (only those symbols), where the
     * source serves it. A first run fills the whole window; a daily run then reads only the session(s) since the last.
     * A session the source cannot serve, or on which a symbol has no priced ATM option, is tried again on the next run.
     *
     * @throws io.optionsv4.core.result.StoreException when the store fails
     */
    public Result backfill(List<String> symbols, LocalDate asOf, int sessions, Progress progress) {
        Checks.notNull(symbols, "symbols");
        Checks.notNull(asOf, "asOf");
        Checks.argument(sessions >= 0, "sessions must be >= 0 but was " + sessions);
        Checks.notNull(progress, "progress");
        List<LocalDate> days = sessionsBefore(asOf, sessions);
        if (days.isEmpty() || symbols.isEmpty()) {
            return new Result(List.of(), 0, 0, 0);
        }
        Map<String, Set<LocalDate>> stored = store.thirtyDayIvDays(days.getFirst(), days.getLast());
        Map<LocalDate, List<String>> gaps = new TreeMap<>();
        Set<String> lacking = new TreeSet<>();
        for (String symbol : symbols) {
            Set<LocalDate> have = stored.getOrDefault(symbol, Set.of());
            for (LocalDate day : days) {
                if (!have.contains(day)) {
                    gaps.computeIfAbsent(day, d -> new ArrayList<>()).add(symbol);
                    lacking.add(symbol);
                }
            }
        }
        int storedSessions = 0;
        int rows = 0;
        int done = 0;
        ExecutorService workers = Executors.newFixedThreadPool(parallelism);
        try {
            for (Map.Entry<LocalDate, List<String>> gap : gaps.entrySet()) {
                Optional<Day> collected = collect(marketData, gap.getKey(), gap.getValue(), workers);
                int count = 0;
                if (collected.isPresent() && !collected.get().summaries().isEmpty()) {
                    count = store.storeSummaries(collected.get().summaries());
                    storedSessions++;
                    rows += count;
                }
                progress.session(gap.getKey(), ++done, gaps.size(), count);
            }
        } finally {
            workers.shutdownNow();
        }
        return new Result(List.copyOf(lacking), gaps.size(), storedSessions, rows);
    }

    /** Returns the last {@code count} trading days strictly before {@code asOf}, oldest first. */
    List<LocalDate> sessionsBefore(LocalDate asOf, int count) {
        List<LocalDate> days = new ArrayList<>(count);
        LocalDate day = asOf.minusDays(1);
        for (int searched = 0; days.size() < count && searched < SEARCH_FACTOR * count + 14; searched++) {
            if (tradingDays.test(day)) {
                days.add(0, day);
            }
            day = day.minusDays(1);
        }
        return days;
    }

    /**
     * Returns the summaries of {@code day} for {@code symbols} (all of the day's symbols when empty), each from the
     * chains bracketing 30 days; empty when the source does not serve the day. A source that serves a non-trading day
     * as the session before it gives that session's trade date, and such summaries are left out.
     */
    public static Optional<Day> collect(MarketData marketData, LocalDate day, List<String> symbols) {
        return collect(marketData, day, symbols, Runnable::run);
    }

    /** {@link #collect(MarketData, LocalDate, List)} with each symbol summarised on {@code workers}. */
    private static Optional<Day> collect(MarketData marketData, LocalDate day, List<String> symbols, Executor workers) {
        Checks.notNull(marketData, "marketData");
        Checks.notNull(day, "day");
        List<String> universe;
        try {
            List<String> listed = marketData.symbols(day);
            universe = symbols.isEmpty()
                    ? listed
                    : symbols.stream().filter(listed::contains).toList();
        } catch (MarketDataException e) {
            if (e.isAccessDenied()) {
                throw e; // refused credentials fail every symbol alike: stop with that one error
            }
            return Optional.empty();
        }
        List<CompletableFuture<Optional<IvSummary>>> futures = universe.stream()
                .map(symbol -> CompletableFuture.supplyAsync(() -> summary(marketData, symbol, day), workers))
                .toList();
        List<IvSummary> summaries = new ArrayList<>();
        int skipped = 0;
        for (CompletableFuture<Optional<IvSummary>> future : futures) {
            Optional<IvSummary> summary = future.join();
            if (summary.isPresent() && summary.get().tradeDate().equals(day)) {
                summaries.add(summary.get());
            } else {
                skipped++;
            }
        }
        return Optional.of(new Day(summaries, skipped));
    }

    private static Optional<IvSummary> summary(MarketData marketData, String symbol, LocalDate day) {
        try {
            List<LocalDate> expiries =
                    marketData.expiries(symbol, day).stream().map(Expiry::date).toList();
            List<OptionChain> chains = new ArrayList<>(2);
            for (LocalDate expiry : ConstantMaturityIv.bracket(expiries, day)) {
                chains.add(marketData.optionChain(symbol, expiry, day));
            }
            return IvSummarizer.summarizeDay(symbol, chains);
        } catch (MarketDataException e) {
            if (e.isAccessDenied()) {
                throw e; // refused credentials fail every symbol alike: stop with that one error
            }
            return Optional.empty(); // this symbol-day is skipped (and tried again next time)
        } catch (RuntimeException e) {
            // bad data of one symbol on one past day: that symbol-day is skipped (and tried again next time), as the
            // analysis turns one symbol's failure into its outcome, not the run's
            return Optional.empty();
        }
    }
}
