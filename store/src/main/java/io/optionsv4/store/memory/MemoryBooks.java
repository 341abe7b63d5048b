package io.optionsv4.store.memory;

import io.optionsv4.core.allocation.StoredAllocation;
import io.optionsv4.core.instrument.Underlying;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.core.trade.StrategyExecution;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables the in-memory stores share, as the Jdbi stores share PostgreSQL tables: the stored strategies (written by
 * {@link MemoryAnalysisStore}, read by the allocation, execution, held-position and portfolio stores), {@code
 * stock_data}, the execution status of each strategy, the allocations, the executions, the orders, the traded legs and
 * the exit intents. Ids are assigned as the tables' identity columns assign them: 1, 2, 3, ... in insertion order, a
 * number once drawn never reused (a failed write does not give it back).
 *
 * <p>Besides the rows, the books keep the indexes the per-day reads of a backtest need, so that each costs what it
 * returns rather than the whole history: the strategies of each day (and of each symbol on it), the strategies marked
 * or allocated, the unfinished executions, the executions counted as open, and the held strategies (entered with an
 * open leg) in the order the monitor reads them. {@link #refresh} brings one strategy's index entries up to date after
 * its status, execution or trades change.
 *
 * <p>Thread-safety: every access to the books holds their monitor ({@code synchronized (books)}); the stores do so for
 * each call, which makes each call atomic like one transaction.
 */
public final class MemoryBooks {

    final Clock clock;
    final String namespace;
    final java.util.concurrent.atomic.AtomicBoolean executionLock = new java.util.concurrent.atomic.AtomicBoolean();
    final Map<LocalDate, long[][]> bookedTurnover = new HashMap<>();

    final List<StrategyRow> strategies = new ArrayList<>();
    final Map<String, Long> strategyKeys = new HashMap<>();
    final Map<LocalDate, List<Long>> strategiesByDay = new HashMap<>();
    final Map<LocalDate, TreeMap<String, List<Long>>> strategiesByDaySymbol = new HashMap<>();
    final Map<Long, PlanOutcomes> planOutcomes = new HashMap<>();
    LocalDate latestDay;

    final TreeMap<String, Underlying> stocks = new TreeMap<>();
    List<io.optionsv4.core.allocation.IndustryAllocation> industries = List.of();
    List<io.optionsv4.core.allocation.SectorAllocation> sectors = List.of();

    final Map<Long, StatusRow> statuses = new HashMap<>();
    final List<StoredAllocation> allocations = new ArrayList<>();
    final Map<Long, List<AllocatedLots>> allocatedLots = new HashMap<>();

    final Map<Long, StrategyExecution> executions = new HashMap<>();
    final Map<String, OrderRow> ordersByCorrelation = new HashMap<>();
    final Map<Long, List<OrderRow>> ordersByStrategy = new HashMap<>();
    long lastOrderId;
    final TreeMap<Long, List<TradeRow>> tradesByStrategy = new TreeMap<>();
    long lastTradeId;

    final Map<Long, ExitIntent> intents = new HashMap<>();
    long lastIntentId;
    final Map<String, Long> intentKeys = new HashMap<>();
    final Map<Long, List<Long>> intentsByStrategy = new HashMap<>();
    final TreeMap<Long, ExitIntent> pendingIntents = new TreeMap<>();

    private final NavigableSet<Long> marked = new TreeSet<>();
    private final NavigableSet<Long> unfinished = new TreeSet<>();
    private final java.util.Set<Long> openExecutions = new java.util.HashSet<>();
    private final Map<Long, HeldKey> heldKeys = new HashMap<>();
    private final NavigableSet<HeldKey> held =
            new TreeSet<>(Comparator.comparing(HeldKey::startedAt).thenComparingLong(HeldKey::strategyId));

    /**
     * Creates empty books whose status rows are stamped by the system clock (PostgreSQL's {@code now()}), with a
     * random execution namespace ({@code v} and five hex digits, as the migration generates it).
     */
    public MemoryBooks() {
        this(
                Clock.systemUTC(),
                "v"
                        + java.util.HexFormat.of()
                                .toHexDigits(new java.security.SecureRandom().nextInt())
                                .substring(0, 5));
    }

    /**
     * Creates empty books.
     *
     * @param clock stamps the status rows' {@code updated_at}
     * @param namespace the installation's namespace, the first part of every correlation id: 1-6 letters or digits
     */
    public MemoryBooks(Clock clock, String namespace) {
        this.clock = Checks.notNull(clock, "clock");
        Checks.notNull(namespace, "namespace");
        Checks.argument(
                namespace.matches("[A-Za-z0-9]{1,6}"),
                "namespace must be 1-6 letters or digits but was '" + namespace + "'");
        this.namespace = namespace;
    }

    /** Returns the stored strategy {@code id}, if stored. */
    Optional<StrategyRow> strategy(long id) {
        return id >= 1 && id <= strategies.size() ? Optional.of(strategies.get((int) id - 1)) : Optional.empty();
    }

    /** Returns the industry of {@code symbol} from {@code stock_data}, {@code Unclassified} when it is not there. */
    String industry(String symbol) {
        Underlying u = stocks.get(symbol);
        return u == null ? UNCLASSIFIED : u.industry();
    }

    /** Returns the trades of {@code strategyId} in id order (empty when none). */
    List<TradeRow> trades(long strategyId) {
        return tradesByStrategy.getOrDefault(strategyId, List.of());
    }

    /** Returns the ids of the strategies ALLOCATED or MARKED, ascending. */
    NavigableSet<Long> markedIds() {
        return marked;
    }

    /** Returns the ids of the executions ENTERING or UNWINDING, ascending. */
    NavigableSet<Long> unfinishedIds() {
        return unfinished;
    }

    /** Returns how many executions are entering, unwinding, or entered and not CLOSED. */
    int openExecutionCount() {
        return openExecutions.size();
    }

    /** Returns the ids of the entered strategies with an open trade, by start of execution and id. */
    List<Long> heldIds() {
        List<Long> ids = new ArrayList<>(held.size());
        held.forEach(k -> ids.add(k.strategyId()));
        return ids;
    }

    /** Returns whether {@code strategyId} is entered and has an open trade. */
    boolean isHeld(long strategyId) {
        return heldKeys.containsKey(strategyId);
    }

    /** Brings the index entries of {@code strategyId} up to date with its status, execution and trades. */
    void refresh(long strategyId) {
        StatusRow status = statuses.get(strategyId);
        StrategyExecution execution = executions.get(strategyId);
        boolean isMarked = status != null
                && (status.status() == StrategyStatus.ALLOCATED || status.status() == StrategyStatus.MARKED);
        toggle(marked, strategyId, isMarked);
        ExecutionState state = execution == null ? null : execution.state();
        boolean running = state == ExecutionState.ENTERING || state == ExecutionState.UNWINDING;
        toggle(unfinished, strategyId, running);
        boolean open = running
                || (state == ExecutionState.ENTERED && (status == null || status.status() != StrategyStatus.CLOSED));
        toggle(openExecutions, strategyId, open);
        HeldKey old = heldKeys.remove(strategyId);
        if (old != null) {
            held.remove(old);
        }
        if (state == ExecutionState.ENTERED && hasOpenTrade(strategyId)) {
            HeldKey key = new HeldKey(execution.startedAt(), strategyId);
            heldKeys.put(strategyId, key);
            held.add(key);
        }
    }

    private boolean hasOpenTrade(long strategyId) {
        for (TradeRow t : trades(strategyId)) {
            if (t.open()) {
                return true;
            }
        }
        return false;
    }

    private static void toggle(java.util.Set<Long> set, long id, boolean member) {
        if (member) {
            set.add(id);
        } else {
            set.remove(id);
        }
    }

    /** The industry of a symbol missing from {@code stock_data}, as {@code JdbiAllocationStore} names it. */
    static final String UNCLASSIFIED = "Unclassified";

    /** Returns {@code at} as {@code timestamptz} keeps it: rounded half up to the microsecond (as the driver sends). */
    static Instant micros(Instant at) {
        return at.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    /** Returns the current time as a status row's {@code updated_at} ({@code now()}), to the microsecond. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** One row of {@code strategies} with its child rows: the recommendation and the stock-level figures stored. */
    record StrategyRow(
            long id,
            String symbol,
            LocalDate tradeDate,
            double spot,
            double totalScore,
            io.optionsv4.core.selection.Conviction conviction,
            int rank,
            StrategyRecommendation children,
            SymbolAnalysis stock) {

        /** Returns the recommendation as read back: the row's score and conviction with the child rows. */
        StrategyRecommendation recommendation() {
            if (children.totalScore() == totalScore && children.conviction() == conviction) {
                return children;
            }
            return new StrategyRecommendation(
                    children.strategyName(),
                    children.legs(),
                    children.figures(),
                    children.greekExposure(),
                    children.risk(),
                    children.exitLevels(),
                    children.componentScores(),
                    totalScore,
                    conviction,
                    children.economics());
        }
    }

    /** A {@code strategy_plan_outcomes} row. */
    record PlanOutcomes(int lotSize, io.optionsv4.core.allocation.OutcomeDistribution perLot) {}

    /** A {@code strategy_execution_status} row; {@code lots} is null where the row has none. */
    record StatusRow(StrategyStatus status, Integer lots, String message, Instant updatedAt) {}

    /** What of an allocation item the execution reads: its allocation, lots and loss at the stop. */
    record AllocatedLots(long allocationId, int lots, long maxLossPaise) {}

    /** The held index's key: the start of the execution, then the strategy id. */
    private record HeldKey(Instant startedAt, long strategyId) {}

    /**
     * Undo steps of one multi-step write, so that a write that fails part-way leaves the books as they were (as a
     * rolled-back transaction does); ids drawn meanwhile stay drawn, as a sequence's do.
     */
    static final class Journal {
        private final Deque<Runnable> undo = new ArrayDeque<>();

        /** Records how to undo the step just made. */
        void add(Runnable step) {
            undo.push(step);
        }

        /** Undoes every recorded step, the latest first. */
        void rollBack() {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
        }
    }
}
