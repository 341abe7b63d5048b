package io.optionsv4.engine.backtest;

import io.optionsv4.core.conditions.MarketConditions;
import io.optionsv4.core.costs.CostCalculator;
import io.optionsv4.core.exit.ExitEvaluator;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.exit.TradingDays;
import io.optionsv4.core.market.MarketDataException;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.engine.allocation.AllocationRun;
import io.optionsv4.engine.allocation.AllocationService;
import io.optionsv4.engine.allocation.NothingToAllocateException;
import io.optionsv4.engine.execution.ChainLegQuotes;
import io.optionsv4.engine.execution.ExecutionLog;
import io.optionsv4.engine.execution.ExecutionOutcome;
import io.optionsv4.engine.execution.ExecutionPorts;
import io.optionsv4.engine.execution.ExecutionService;
import io.optionsv4.engine.execution.ExecutionSettings;
import io.optionsv4.engine.monitor.ExecutionExits;
import io.optionsv4.engine.monitor.LiveBook;
import io.optionsv4.engine.monitor.MonitorMode;
import io.optionsv4.engine.monitor.MonitorSettings;
import io.optionsv4.engine.monitor.OpenStrategies;
import io.optionsv4.engine.monitor.OpenStrategy;
import io.optionsv4.engine.monitor.PollingMonitor;
import io.optionsv4.engine.paper.MarketQuotes;
import io.optionsv4.engine.paper.PaperBroker;
import io.optionsv4.engine.paper.PaperSettings;
import io.optionsv4.engine.pipeline.AnalysisRun;
import io.optionsv4.engine.pipeline.RankedStrategy;
import io.optionsv4.engine.pipeline.SymbolOutcome;
import io.optionsv4.marketdata.reference.ReferenceData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The backtest: the live daily loop driven day by day over a {@link BacktestMarket} on a simulated clock. Each day,
 * at 10:00 IST on the simulated clock, the very services the {@code daily} command wires run in its order — the
 * analysis pipeline (IV history filled as {@code analyze} does, each strategy stored), the allocation service over
 * the paper account's available funds (the allocated strategies are marked), the execution service on the paper
 * broker, one cycle of the polling monitor in {@code EXECUTE} mode with the standard exit rules — then, after the
 * close (15:45), the paper broker settles expired contracts at the real close, the strategies whose legs have all
 * expired are settled in the run's books, and the account is marked at the closing bid (longs) and ask (shorts).
 *
 * <p>The services hold a {@link DayMarket}, which answers only through {@code market.asOf(day)}: nothing after the day
 * is reachable, by construction. The same market, settings and stores give the same result. The analysis of the
 * next days runs ahead on a thread of its own ({@link AnalysisAhead}: it depends on the market alone, and the days
 * are analysed in order); the day loop itself is single-threaded.
 */
public final class BacktestRunner {

    /** The simulated time of the day's analysis, entries and exits. */
    static final LocalTime TRADING_TIME = LocalTime.of(10, 0);

    /** The simulated time of the day's settlement and closing marks, after NSE's close. */
    static final LocalTime CLOSING_TIME = LocalTime.of(15, 45);

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private static final String ACCOUNT = "backtest";

    /** How many days the analysis may run ahead of the day loop ({@link AnalysisAhead}). */
    private static final int AHEAD = 2;

    private final BacktestMarket market;
    private final BacktestPorts ports;
    private final Clock wallClock;
    private final int parallelism;

    /**
     * Creates the runner.
     *
     * @param market the market to run over
     * @param ports the stores of this run (fresh: the run's books start empty)
     * @param wallClock the real clock, for the run's start and elapsed time only
     * @param parallelism the analysis' worker threads, {@code >= 1}
     */
    public BacktestRunner(BacktestMarket market, BacktestPorts ports, Clock wallClock, int parallelism) {
        this.market = Checks.notNull(market, "market");
        this.ports = Checks.notNull(ports, "ports");
        this.wallClock = Checks.notNull(wallClock, "wallClock");
        Checks.argument(parallelism >= 1, "parallelism must be >= 1 but was " + parallelism);
        this.parallelism = parallelism;
    }

    /**
     * Runs the backtest.
     *
     * @param settings range, risk, capital, seed and the services' settings
     * @param progress told after each day
     * @param stop asked before each day; true stops the run, whose result is then not complete
     * @throws MarketDataException when the range lies outside the data or holds no trading day
     */
    public BacktestResult run(BacktestSettings settings, BacktestProgress progress, BooleanSupplier stop) {
        Instant started = wallClock.instant();
        List<LocalDate> sessions = market.sessions(settings.from(), settings.to());
        if (sessions.isEmpty()) {
            throw new MarketDataException("no trading day between " + settings.from() + " and " + settings.to());
        }
        Day day = new Day(settings);
        List<EquityPoint> equity = new ArrayList<>(sessions.size());
        List<String> warnings = new ArrayList<>();
        boolean complete = true;
        try (AnalysisAhead ahead = new AnalysisAhead(
                market, ports, day.recorder, settings, day.tradingDays, parallelism, sessions, AHEAD)) {
            for (int i = 0; i < sessions.size(); i++) {
                if (stop.getAsBoolean()) {
                    complete = false;
                    warnings.add("stopped before " + sessions.get(i) + ": the run is partial");
                    break;
                }
                EquityPoint point = day.run(ahead.take(sessions.get(i)), warnings);
                equity.add(point);
                progress.dayDone(i + 1, sessions.size(), sessions.get(i), point.equityPaise());
            }
        }
        LocalDate last = equity.isEmpty()
                ? settings.from()
                : equity.get(equity.size() - 1).day();
        warnings.addAll(day.tallies());
        warnings.addAll(market.warnings(last));
        List<BacktestTrade> trades = day.closing.trades(last);
        BacktestRun run = new BacktestRun(
                settings.runId(),
                settings.from(),
                settings.to(),
                market.name(),
                settings.risk().name().toLowerCase(java.util.Locale.ROOT),
                settings.capitalPaise(),
                settings.seed(),
                started,
                Duration.between(started, wallClock.instant()),
                equity.size(),
                complete,
                market.priceNotice(),
                warnings);
        return new BacktestResult(run, equity, trades);
    }

    /** One run's services and books, moved from day to day. */
    private final class Day {

        private final BacktestSettings settings;
        private final DayMarket dayMarket = new DayMarket(market);
        private final SessionClock clock;
        private final ReferenceData reference = ReferenceData.standard();
        final TradingDays tradingDays = new TradingDays(reference.calendar()::isPlannedTradingDay);
        private final CostCalculator costs = CostCalculator.nseDhan();
        final EntryRecorder recorder;
        private final PaperBroker broker;
        private final OpenStrategies mapper;
        private final Settled settled;
        private final TradeBook book;
        private final DayClosing closing;
        private final Map<String, String> industries = new HashMap<>();
        private final Map<Long, String> exitRules = new HashMap<>();
        private final DayTally tally = new DayTally();

        Day(BacktestSettings settings) {
            this.settings = settings;
            this.clock = new SessionClock(
                    settings.from().atTime(TRADING_TIME).atZone(IST).toInstant(), IST);
            this.recorder = new EntryRecorder(ports.analyses());
            this.broker = new PaperBroker(
                    dayMarket,
                    ports.paperAccounts(),
                    clock,
                    PaperSettings.DEFAULT
                            .withAccount(ACCOUNT)
                            .withOpeningDeposit(Money.ofPaise(settings.capitalPaise()))
                            .withIgnoreMarketHours(true)
                            .withTradingDays(tradingDays));
            this.mapper = new OpenStrategies(
                    MonitorSettings.DEFAULT,
                    tradingDays,
                    s -> reference.findUnderlying(s).map(u -> u.isIndex()).orElse(s.contains("NIFTY")));
            this.settled = new Settled(ports.held());
            this.book = new TradeBook(costs);
            this.closing = new DayClosing(market, dayMarket, ports, book, settled, exitRules);
            reference.underlyings().forEach(u -> industries.put(u.symbol(), u.industry()));
        }

        EquityPoint run(AnalysisAhead.Day analysed, List<String> warnings) {
            LocalDate day = analysed.day();
            dayMarket.moveTo(day);
            clock.set(day.atTime(TRADING_TIME).atZone(IST).toInstant());
            warnings.addAll(analysed.warnings());
            analysed.tallies().forEach(t -> tally.count(t.kind(), t.reason()));
            Optional<AnalysisRun> analysis = analysed.run();
            ExecutionService execution = execution(day);
            analysis.ifPresent(a -> step(day, "entry", warnings, () -> enter(a, execution, day, warnings)));
            step(day, "monitor", warnings, () -> monitor(execution, day, warnings));
            clock.set(day.atTime(CLOSING_TIME).atZone(IST).toInstant());
            broker.poll();
            step(day, "closing", warnings, () -> closing.closeFinished(day, warnings));
            return new Marks(dayMarket, day).equity(broker, book, settings.capitalPaise());
        }

        /**
         * Runs one step of a day; a failure of the step (bad data of the day, a refused order) is a warning of the run
         * and the next step goes on, as one bad symbol never stops an analysis. A store failure stops the run.
         */
        private void step(LocalDate day, String name, List<String> warnings, Runnable step) {
            try {
                step.run();
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                warnings.add(day + ": " + name + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        private void enter(AnalysisRun analysis, ExecutionService execution, LocalDate day, List<String> warnings) {
            double available = broker.funds().available().rupees();
            if (!(available > 0)) {
                return;
            }
            AllocationService allocation = new AllocationService(
                    ports.allocations(),
                    ports.reference(),
                    ports.conditions(),
                    dayMarket,
                    settings.allocation(),
                    industries);
            AllocationRun run;
            try {
                run = allocation.allocate(Optional.of(day), available, settings.risk());
            } catch (NothingToAllocateException e) {
                tally.count("days with nothing to allocate", e.getMessage());
                return;
            }
            if (run.allocation().positions().isEmpty()) {
                tally.count(
                        "days the allocation allocated nothing",
                        run.allocation().optionsBudget() < run.smallestLot()
                                ? "the options budget is below one lot"
                                : DayTally.exclusionReasons(run));
                return;
            }
            allocation.save(run);
            List<MarkedStrategy> marked = ports.executions().marked().stream()
                    .filter(m -> m.tradeDate().equals(day))
                    .toList();
            for (ExecutionOutcome o : execution.execute(marked).outcomes()) {
                if (o.result() == ExecutionOutcome.Result.EXECUTED) {
                    entered(o.strategy(), analysis, day);
                } else if (o.result().inFlight()) {
                    warnings.add(day + ": strategy " + o.strategy().strategyId() + " stopped in flight: " + o.reason());
                } else {
                    tally.count("strategies not executed", o.result() + ": " + o.reason());
                }
            }
            recorder.forgetAllBut(new HashSet<>(book.open().keySet()), day);
        }

        private void entered(MarkedStrategy m, AnalysisRun analysis, LocalDate day) {
            Optional<RankedStrategy> ranked =
                    recorder.recommendation(m.strategyId()).flatMap(rec -> ranked(analysis, rec));
            String state =
                    analysis.market() instanceof MarketConditions c ? c.state().name() : "UNKNOWN";
            double planPop = ranked.map(r -> r.planProbabilities().profit()).orElse(0.0);
            double expiryPop = ranked.map(
                            r -> r.ranked().candidate().netFigures().probabilityOfProfit())
                    .orElse(0.0);
            String family = ranked.map(r -> r.ranked()
                            .candidate()
                            .definition()
                            .metadata()
                            .category()
                            .name())
                    .orElse("UNKNOWN");
            long margin = ranked.flatMap(RankedStrategy::capitalRequired)
                    .map(c -> c.paise() * m.lots())
                    .orElse(0L);
            book.entered(new TradeBook.Entry(
                    m.strategyId(),
                    m.symbol(),
                    m.strategyName(),
                    family,
                    state,
                    day,
                    m.lots(),
                    m.maxLoss().map(Money::paise).orElse(Long.MAX_VALUE),
                    margin,
                    planPop,
                    expiryPop));
            ports.held()
                    .open(m.strategyId())
                    .ifPresent(
                            h -> book.entryCharges(m.strategyId(), h.charges().paise()));
        }

        List<String> tallies() {
            return tally.lines();
        }

        private Optional<RankedStrategy> ranked(AnalysisRun analysis, Object recommendation) {
            for (SymbolOutcome o : analysis.outcomes()) {
                if (o instanceof SymbolOutcome.Analysed a) {
                    for (RankedStrategy r : a.strategies()) {
                        if (r.recommendation().equals(recommendation)) {
                            return Optional.of(r);
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private ExecutionService execution(LocalDate day) {
            return new ExecutionService(
                    new ExecutionPorts(
                            broker,
                            ports.executions(),
                            new ChainLegQuotes(dayMarket, reference, day, false, clock),
                            reference,
                            costs),
                    ExecutionSettings.DEFAULT.withIgnoreMarketHours(true),
                    new ExecutionLog("backtest", Optional.empty(), clock),
                    clock,
                    (max, events) -> clock.advance(max));
        }

        private void monitor(ExecutionService execution, LocalDate day, List<String> warnings) {
            List<OpenStrategy> open = new ArrayList<>();
            for (HeldStrategy h : settled.open()) {
                open.add(mapper.of(h));
            }
            if (open.isEmpty()) {
                return;
            }
            ExecutionExits exits = new ExecutionExits(execution, ports.intents(), settled, mapper, outcome -> {
                if (outcome.flat()) {
                    exitRules.put(outcome.strategyId(), outcome.rule());
                }
            });
            MonitorSettings monitor = MonitorSettings.DEFAULT;
            PollingMonitor polling = new PollingMonitor(
                    new MarketQuotes(dayMarket, clock, broker.settings().prices()),
                    listener -> new LiveBook(costs, tradingDays, ExitEvaluator.STANDARD, monitor.rate(), listener),
                    clock,
                    MonitorMode.EXECUTE,
                    exits);
            for (PollingMonitor.StrategyCycle failed : polling.cycle(open).failures()) {
                warnings.add(
                        day + ": exit of strategy " + failed.strategy().strategyId() + " failed: " + failed.detail());
            }
        }
    }
}
