package io.optionsv4.core.trade;

import io.optionsv4.core.costs.OrderTurnover;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The execution's books: strategies chosen for execution, each strategy's execution state, its orders, the fills booked
 * from them and the audit log. Every method commits before it returns, so that the caller can persist a state change
 * before its next broker call; a method that writes and audits does both in one transaction (the audit entries are
 * the caller's, in order).
 *
 * <p>Implementations are thread-safe and throw {@link io.optionsv4.core.result.StoreException} when the database fails.
 */
public interface ExecutionStore {

    /** Returns the installation's namespace, the first part of every correlation id ({@link CorrelationId#of}). */
    String namespace();

    /** Returns the strategies marked or allocated for execution, with their lots and legs, by id. */
    List<MarkedStrategy> marked();

    /** Returns a stored strategy with its status and lots (1 when it has none), if it is stored. */
    Optional<MarkedStrategy> strategy(long strategyId);

    /** Returns the strategy's execution, if it was ever started. */
    Optional<StrategyExecution> execution(long strategyId);

    /** Returns the executions that are not terminal (entering or unwinding), by strategy id. */
    List<StrategyExecution> unfinished();

    /**
     * Starts the next attempt of {@code strategy} as {@link ExecutionState#ENTERING} and sets its status EXECUTING.
     *
     * @throws IllegalStateException when the strategy has an execution that is not FAILED
     */
    StrategyExecution start(MarkedStrategy strategy, String broker, Instant at, List<AuditEntry> audit);

    /**
     * Persists {@code next}, provided the stored execution is still {@code previous}, and sets the strategy's status
     * (EXECUTED, FAILED or EXECUTING) and message.
     *
     * @throws IllegalStateException when the stored execution is no longer {@code previous}
     */
    default void transition(StrategyExecution previous, StrategyExecution next, List<AuditEntry> audit) {
        write(with(new ExecutionWrite.Transition(previous, next), audit));
    }

    /**
     * Records that the execution stopped before a terminal state (the broker unavailable, an outcome unknown): the
     * state stays, the status becomes PARTIAL when {@code holdsPositions}, else stays EXECUTING, with {@code reason}.
     */
    void interrupted(StrategyExecution execution, String reason, boolean holdsPositions, List<AuditEntry> audit);

    /**
     * Commits {@code writes} in one transaction, in order: new orders, order updates, bookings, transitions and audit
     * lines.
     *
     * @throws IllegalStateException when a new order's correlation id is stored already (placing it again would
     *     duplicate it), an updated order is not stored, or a transition finds the execution moved by another process;
     *     nothing of the batch is stored then
     */
    void write(List<ExecutionWrite> writes);

    /** Returns the strategy's orders in the order they were created. */
    List<OrderRecord> orders(long strategyId);

    /**
     * Inserts a new order (state SENT) before the place call.
     *
     * @throws IllegalStateException when an order with its correlation id exists: it would be a second placement
     */
    default void insert(OrderRecord order, String broker, List<AuditEntry> audit) {
        write(with(new ExecutionWrite.NewOrder(order, broker), audit));
    }

    /** Updates an order found by its correlation id. */
    default void update(OrderRecord order, List<AuditEntry> audit) {
        write(with(new ExecutionWrite.OrderUpdate(order), audit));
    }

    /**
     * Stores a terminal order as {@link #update} does and books its fills, once: the trade of its leg (opened by an
     * entry, closed by an unwind or exit), a premium and a charges row in the fund ledger, the net position of its
     * contract; marks the order booked. Booking an order booked already only stores it.
     */
    default void book(FillBooking booking, List<AuditEntry> audit) {
        write(with(new ExecutionWrite.Booking(booking), audit));
    }

    /**
     * Returns the exact premium turnover booked on {@code tradeDate}'s contract note, one total per side: what the next
     * order's charges are the growth of the day's note over. The note's per-order charges of the earlier orders cancel
     * out of that growth and its STT and stamp duty depend on the side totals only, so totals give the exact growth.
     */
    List<OrderTurnover> bookedOn(LocalDate tradeDate);

    /** Appends entries to the audit log, in order. */
    default void audit(List<AuditEntry> entries) {
        write(entries.stream().<ExecutionWrite>map(ExecutionWrite.Audit::new).toList());
    }

    /** Returns how many strategies are executing or executed and not closed. */
    int openStrategies();

    /**
     * Claims the right to send orders from this database for as long as the returned lock is open; empty when another
     * process holds it. A process that dies releases it.
     */
    Optional<RunLock> lock();

    private static List<ExecutionWrite> with(ExecutionWrite first, List<AuditEntry> audit) {
        List<ExecutionWrite> all = new java.util.ArrayList<>(audit.size() + 1);
        all.add(first);
        audit.forEach(a -> all.add(new ExecutionWrite.Audit(a)));
        return all;
    }

    /** The claim of {@link #lock()}. */
    interface RunLock extends AutoCloseable {
        @Override
        void close();
    }
}
