package io.optionsv4.engine.backtest;

import io.optionsv4.core.conditions.MarketStateEvaluator;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.result.Checks;
import io.optionsv4.engine.pipeline.AnalysisPipeline;
import io.optionsv4.engine.pipeline.AnalysisRequest;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.IvBackfill;
import io.optionsv4.engine.pipeline.MarketConditionsService;
import io.optionsv4.engine.pipeline.NoVolumeWarning;
import io.optionsv4.engine.pipeline.ProgressListener;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A backtest's daily analysis, run ahead of the day loop on a thread of its own. A day's analysis depends on the
 * market up to that day alone — never on the account, the allocation or the exits — so while the loop allocates,
 * executes and closes day {@code k}, the analysis of days {@code k+1 .. k+depth} runs beside it on its own {@link
 * DayMarket} and clock (the second core of a 2-core machine). The days are analysed one after the other in order, so
 * the stores see exactly the writes of a sequential run, in the same order; what the analysis would have reported
 * (warnings, tallies) is handed to the loop with the day and reported when the loop reaches it.
 *
 * <p>The analysis of a day is the one the sequential loop ran: the IV history backfilled as {@code analyze} does (the
 * whole warm-up on the first day, one session a day after), then the pipeline over the day's universe at the trading
 * time. Closing stops the thread; analyses already stored for later days stay in the run's scratch stores.
 */
final class AnalysisAhead implements AutoCloseable {

    /** Strategies kept per symbol, as {@code analyze}'s default {@code --top}. */
    private static final int TOP = 3;

    /**
     * One analysed day.
     *
     * @param day the session
     * @param run the analysis, empty when it kept no strategy or the day's data could not be analysed
     * @param warnings warnings of the run, in order
     * @param tallies the {@link DayTally} counts of the day
     */
    record Day(LocalDate day, Optional<AnalysisRun> run, List<String> warnings, List<Tally> tallies) {}

    /**
     * One {@link DayTally} count.
     *
     * @param kind what is counted
     * @param reason why
     */
    record Tally(String kind, String reason) {}

    private final List<LocalDate> sessions;
    private final int depth;
    private final BacktestSettings settings;
    private final DayMarket dayMarket;
    private final SessionClock clock;
    private final AnalysisPipeline pipeline;
    private final ExecutorService thread;
    private final Deque<Future<Day>> pending = new ArrayDeque<>();
    private int next;
    private boolean ivWarmedUp;

    /**
     * Starts analysing {@code sessions} in order, at most {@code depth} days ahead of the day last taken.
     *
     * @param market the run's market
     * @param ports the run's stores
     * @param recorder the analysis store the strategies are stored through
     * @param settings the run's settings
     * @param tradingDays the trading calendar
     * @param parallelism the pipeline's worker threads
     * @param sessions the run's sessions, ascending
     * @param depth how many days the analysis may run ahead, {@code >= 1}
     */
    AnalysisAhead(
            BacktestMarket market,
            BacktestPorts ports,
            EntryRecorder recorder,
            BacktestSettings settings,
            TradingDays tradingDays,
            int parallelism,
            List<LocalDate> sessions,
            int depth) {
        Checks.argument(depth >= 1, "depth must be >= 1 but was " + depth);
        this.sessions = List.copyOf(sessions);
        this.depth = depth;
        this.settings = settings;
        this.dayMarket = new DayMarket(market);
        this.clock = new SessionClock(
                settings.from()
                        .atTime(BacktestRunner.TRADING_TIME)
                        .atZone(BacktestRunner.IST)
                        .toInstant(),
                BacktestRunner.IST);
        MarketConditionsService conditions = new MarketConditionsService(
                dayMarket, Optional.of(ports.conditions()), MarketStateEvaluator.DEFAULT, clock);
        this.pipeline = new AnalysisPipeline(
                dayMarket,
                Optional.of(recorder),
                ports.ivHistory(),
                conditions,
                settings.analysis(),
                clock,
                parallelism,
                tradingDays,
                new AnalysisPipeline.Outputs(Optional.of(ports.allocations()), Optional.empty()));
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "backtest-analysis");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Returns the analysis of {@code day}, the next session of the run, waiting for it when it is not done yet, and
     * lets the analysis run on to the following days.
     *
     * @throws io.optionsv4.core.result.StoreException when the analysis could not be stored
     * @throws IllegalStateException when {@code day} is not the next session
     */
    Day take(LocalDate day) {
        submitAhead();
        Future<Day> head = pending.poll();
        if (head == null) {
            throw new IllegalStateException("no session left to analyse for " + day);
        }
        Day done = await(head);
        if (!done.day().equals(day)) {
            throw new IllegalStateException("the analysis ran for " + done.day() + " but the loop is at " + day);
        }
        submitAhead();
        return done;
    }

    /** Queues the next sessions until {@code depth} days are analysed or waiting to be. */
    private void submitAhead() {
        while (pending.size() < depth && next < sessions.size()) {
            LocalDate ahead = sessions.get(next++);
            pending.add(thread.submit(() -> analyse(ahead)));
        }
    }

    private static Day await(Future<Day> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the day's analysis");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs on the analysis thread, one day after the other. */
    private Day analyse(LocalDate day) {
        dayMarket.moveTo(day);
        clock.set(day.atTime(BacktestRunner.TRADING_TIME)
                .atZone(BacktestRunner.IST)
                .toInstant());
        AnalysisRequest request = new AnalysisRequest(day, List.of(), OptionalInt.empty(), settings.risk(), TOP, true);
        List<Tally> tallies = new ArrayList<>();
        try {
            int backfill = ivWarmedUp ? 1 : IvBackfill.DEFAULT_SESSIONS;
            pipeline.backfillIvHistory(request, backfill, IvBackfill.Progress.NONE);
            ivWarmedUp = true;
            AnalysisRun run = pipeline.run(request, ProgressListener.NONE);
            NoVolumeWarning.of(run.outcomes())
                    .ifPresent(w -> tallies.add(new Tally("days analysed without a volume profile", w)));
            if (run.summary().withStrategies() == 0) {
                tallies.add(new Tally("days the analysis kept no strategy", DayTally.noStrategy(run)));
                return new Day(day, Optional.empty(), List.of(), tallies);
            }
            return new Day(day, Optional.of(run), List.of(), tallies);
        } catch (MarketDataException e) {
            return new Day(day, Optional.empty(), List.of(day + ": no analysis: " + e.getMessage()), tallies);
        }
    }

    /** Stops the analysis thread (a day being analysed is interrupted) and waits for it to end. */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the backtest's analysis thread did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
