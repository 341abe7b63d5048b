package io.optionsv4.store.memory;

import io.optionsv4.core.costs.OrderTurnover;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.result.StoreException;
import io.optionsv4.core.selection.NetEconomics;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.trade.AuditEntry;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.ExecutionStore;
import io.optionsv4.core.trade.ExecutionWrite;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.store.memory.MemoryBooks.AllocatedLots;
import io.optionsv4.store.memory.MemoryBooks.Journal;
import io.optionsv4.store.memory.MemoryBooks.StatusRow;
import io.optionsv4.store.memory.MemoryBooks.StrategyRow;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@link ExecutionStore} in memory, as {@code JdbiExecutionStore} keeps it: the chosen strategies with their status
 * and lots, the execution state machine, the orders (numbered 1, 2, ... as created, a correlation id once only), and
 * the fills booked into the traded legs ({@link MemoryFillBooks}). Each call is atomic: a {@link #write} that fails
 * part-way is undone whole. The audit lines, the fund ledger and the net positions are not kept: no port reads them
 * back. The run lock is held by one caller of the books at a time. Thread-safe: each call holds the books' monitor.
 */
public final class MemoryExecutionStore implements ExecutionStore {

    private final MemoryBooks books;

    /** Creates the store over {@code books}. */
    public MemoryExecutionStore(MemoryBooks books) {
        this.books = Checks.notNull(books, "books");
    }

    @Override
    public String namespace() {
        return books.namespace;
    }

    @Override
    public List<MarkedStrategy> marked() {
        synchronized (books) {
            List<MarkedStrategy> out = new ArrayList<>(books.markedIds().size());
            for (long id : books.markedIds()) {
                marked(id).ifPresent(out::add);
            }
            return out;
        }
    }

    @Override
    public Optional<MarkedStrategy> strategy(long strategyId) {
        synchronized (books) {
            return marked(strategyId);
        }
    }

    /** Returns the strategy as the execution reads it; empty when it is not stored or has no legs. */
    private Optional<MarkedStrategy> marked(long id) {
        Optional<StrategyRow> row = books.strategy(id);
        if (row.isEmpty() || row.get().children().legs().isEmpty()) {
            return Optional.empty();
        }
        StrategyRow s = row.get();
        StatusRow st = books.statuses.get(id);
        int lots = st == null || st.lots() == null ? 1 : st.lots();
        Optional<Money> stop = Optional.empty();
        long latest = 0;
        for (AllocatedLots a : books.allocatedLots.getOrDefault(id, List.of())) {
            if (a.lots() == lots && a.allocationId() > latest) {
                latest = a.allocationId();
                stop = Optional.of(Money.ofPaise(a.maxLossPaise()));
            }
        }
        List<RecommendedLeg> recommended = s.children().legs();
        List<StrategyLeg> legs = new ArrayList<>(recommended.size());
        for (int i = 0; i < recommended.size(); i++) {
            RecommendedLeg l = recommended.get(i);
            legs.add(new StrategyLeg(
                    i,
                    l.side(),
                    l.right(),
                    Money.ofRupees(l.strike(), RoundingMode.HALF_UP),
                    l.expiry(),
                    l.lots(),
                    l.premiumPerUnit()));
        }
        return Optional.of(new MarkedStrategy(
                id,
                s.symbol(),
                s.children().strategyName(),
                s.tradeDate(),
                st == null ? "UNMARKED" : st.status().name(),
                lots,
                s.children().economics().flatMap(NetEconomics::netMaxLoss).map(m -> m.times(lots)),
                stop,
                legs));
    }

    @Override
    public Optional<StrategyExecution> execution(long strategyId) {
        synchronized (books) {
            return Optional.ofNullable(books.executions.get(strategyId));
        }
    }

    @Override
    public List<StrategyExecution> unfinished() {
        synchronized (books) {
            List<StrategyExecution> out = new ArrayList<>(books.unfinishedIds().size());
            books.unfinishedIds().forEach(id -> out.add(books.executions.get(id)));
            return out;
        }
    }

    @Override
    public StrategyExecution start(MarkedStrategy strategy, String broker, Instant at, List<AuditEntry> audit) {
        Checks.notNull(strategy, "strategy");
        Checks.notBlank(broker, "broker");
        long id = strategy.strategyId();
        synchronized (books) {
            StrategyExecution old = books.executions.get(id);
            if (old != null && old.state() != ExecutionState.FAILED) {
                throw new IllegalStateException(
                        "strategy " + id + " is already " + old.state() + " (attempt " + old.attempt() + ")");
            }
            stored(id, "starting the execution of strategy " + id);
            int attempt = old == null ? 1 : old.attempt() + 1;
            Instant stamp = MemoryBooks.micros(at);
            books.executions.put(
                    id,
                    new StrategyExecution(
                            id, attempt, strategy.lots(), ExecutionState.ENTERING, broker, "", stamp, stamp));
            status(
                    new Journal(),
                    id,
                    StrategyStatus.EXECUTING,
                    strategy.lots(),
                    "attempt " + attempt + " on " + broker);
            return new StrategyExecution(id, attempt, strategy.lots(), ExecutionState.ENTERING, broker, "", at, at);
        }
    }

    @Override
    public void interrupted(
            StrategyExecution execution, String reason, boolean holdsPositions, List<AuditEntry> audit) {
        synchronized (books) {
            long id = execution.strategyId();
            stored(id, "recording the interruption of strategy " + id);
            status(
                    new Journal(),
                    id,
                    holdsPositions ? StrategyStatus.PARTIAL : StrategyStatus.EXECUTING,
                    execution.lots(),
                    reason);
        }
    }

    @Override
    public void write(List<ExecutionWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        synchronized (books) {
            Journal journal = new Journal();
            MemoryFillBooks fills = new MemoryFillBooks(books, journal);
            try {
                for (ExecutionWrite w : writes) {
                    switch (w) {
                        case ExecutionWrite.NewOrder n -> fills.insert(n.order(), n.broker());
                        case ExecutionWrite.OrderUpdate u -> fills.update(u.order());
                        case ExecutionWrite.Booking b -> {
                            fills.update(b.booking().order());
                            fills.book(b.booking());
                        }
                        case ExecutionWrite.Transition t -> transition(journal, t.previous(), t.next());
                        case ExecutionWrite.Audit a -> {
                            // the audit log is not kept in memory: nothing reads it back
                        }
                    }
                }
            } catch (RuntimeException e) {
                journal.rollBack();
                throw e;
            }
        }
    }

    private void transition(Journal journal, StrategyExecution previous, StrategyExecution next) {
        if (previous.strategyId() != next.strategyId() || previous.attempt() != next.attempt()) {
            // the message is built only when it is thrown: a transition is made on every order of a backtest
            throw new IllegalArgumentException("transition between executions " + previous + " and " + next);
        }
        long id = next.strategyId();
        StrategyExecution current = books.executions.get(id);
        if (current == null || current.attempt() != next.attempt() || current.state() != previous.state()) {
            throw new IllegalStateException("strategy " + id + " is no longer " + previous.state() + " (attempt "
                    + previous.attempt() + "): another process moved it");
        }
        books.executions.put(
                id,
                new StrategyExecution(
                        id,
                        current.attempt(),
                        current.lots(),
                        next.state(),
                        current.broker(),
                        next.reason(),
                        current.startedAt(),
                        MemoryBooks.micros(next.updatedAt())));
        journal.add(() -> {
            books.executions.put(id, current);
            books.refresh(id);
        });
        StrategyStatus status = switch (next.state()) {
            case ENTERED -> StrategyStatus.EXECUTED;
            case FAILED -> StrategyStatus.FAILED;
            case ENTERING, UNWINDING -> StrategyStatus.EXECUTING;
        };
        String message = next.state() == ExecutionState.ENTERED
                ? "attempt " + next.attempt() + " filled on " + next.broker()
                : next.reason();
        status(journal, id, status, next.lots(), message);
    }

    /** Upserts the strategy's status row (status, lots, message, now) and refreshes its index entries. */
    private void status(Journal journal, long id, StrategyStatus status, int lots, String message) {
        StatusRow old = books.statuses.put(id, new StatusRow(status, lots, message, books.now()));
        books.refresh(id);
        journal.add(() -> {
            if (old == null) {
                books.statuses.remove(id);
            } else {
                books.statuses.put(id, old);
            }
            books.refresh(id);
        });
    }

    private void stored(long id, String what) {
        if (books.strategy(id).isEmpty()) {
            throw new StoreException(what + ": strategy " + id + " is not stored");
        }
    }

    @Override
    public List<OrderRecord> orders(long strategyId) {
        synchronized (books) {
            List<OrderRow> rows = books.ordersByStrategy.getOrDefault(strategyId, List.of());
            List<OrderRecord> out = new ArrayList<>(rows.size());
            rows.forEach(r -> out.add(r.order()));
            return out;
        }
    }

    @Override
    public List<OrderTurnover> bookedOn(LocalDate tradeDate) {
        synchronized (books) {
            long[][] day = books.bookedTurnover.get(tradeDate);
            if (day == null) {
                return List.of();
            }
            List<OrderTurnover> out = new ArrayList<>(2);
            for (Side side : new Side[] {Side.BUY, Side.SELL}) {
                long[] sumAndCount = day[side.ordinal()];
                if (sumAndCount[1] > 0) {
                    out.add(new OrderTurnover(tradeDate, side, Money.ofPaise(sumAndCount[0])));
                }
            }
            return out;
        }
    }

    @Override
    public int openStrategies() {
        synchronized (books) {
            return books.openExecutionCount();
        }
    }

    @Override
    public Optional<RunLock> lock() {
        if (!books.executionLock.compareAndSet(false, true)) {
            return Optional.empty();
        }
        java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
        return Optional.of(() -> {
            if (open.compareAndSet(true, false)) {
                books.executionLock.set(false);
            }
        });
    }
}
