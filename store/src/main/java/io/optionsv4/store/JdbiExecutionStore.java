package io.optionsv4.store;

import io.optionsv4.core.costs.OrderTurnover;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.AuditEntry;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.ExecutionStore;
import io.optionsv4.core.trade.ExecutionWrite;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.StrategyExecution;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link ExecutionStore} on PostgreSQL ({@code V3__trading.sql}, {@code V8__execution.sql}): strategies chosen in
 * {@code strategy_execution_status} (ALLOCATED or MARKED, with their lots), the state machine in
 * {@code strategy_executions}, orders in {@code orders}, fills booked into {@code trades}, {@code fund_ledger} and
 * {@code positions}, and {@code audit_log}. Each method is one transaction. The run lock is a PostgreSQL session
 * advisory lock keyed by the installation's namespace, released by the server when the holder's connection ends.
 * Thread-safe.
 */
public final class JdbiExecutionStore implements ExecutionStore {

    private static final String STATUS = "INSERT INTO strategy_execution_status (strategy_id, status, lots, message)"
            + " VALUES (:id, :status, :lots, :message) ON CONFLICT (strategy_id) DO UPDATE SET status = :status,"
            + " lots = :lots, message = :message, updated_at = now()";

    private static final String INSERT_ORDER = "INSERT INTO orders (" + ExecutionRows.ORDER_COLUMNS + ", broker)"
            + " VALUES (:strategy, :correlation, :leg, :symbol, :side, :right, :strike, :expiry, :lots, :quantity,"
            + " :type, :limit, :status, :brokerId, :filled, :average, :purpose, :sequence, :value, :first, :step,"
            + " :reason, :booked, :broker) ON CONFLICT (correlation_id) DO NOTHING";

    private final Jdbi jdbi;
    private volatile String namespace;

    /** Creates the store over the handle factory of a migrated database. */
    public JdbiExecutionStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public String namespace() {
        String known = namespace;
        if (known == null) {
            known = read(
                    "reading the namespace from execution_installation",
                    h -> h.createQuery("SELECT namespace FROM execution_installation")
                            .mapTo(String.class)
                            .one());
            namespace = known;
        }
        return known;
    }

    @Override
    public List<MarkedStrategy> marked() {
        return read(
                "reading the marked strategies from strategy_execution_status",
                h -> MarkedStrategies.read(
                        h, MarkedStrategies.SQL + " WHERE st.status IN ('ALLOCATED', 'MARKED') ORDER BY s.id", null));
    }

    @Override
    public Optional<MarkedStrategy> strategy(long strategyId) {
        return read(
                "reading strategy " + strategyId,
                h -> MarkedStrategies.read(h, MarkedStrategies.SQL + " WHERE s.id = :id", strategyId).stream()
                        .findFirst());
    }

    @Override
    public Optional<StrategyExecution> execution(long strategyId) {
        return read(
                "reading the execution of strategy " + strategyId,
                h -> h.createQuery("SELECT * FROM strategy_executions WHERE strategy_id = :id")
                        .bind("id", strategyId)
                        .map(ExecutionRows::execution)
                        .findOne());
    }

    @Override
    public List<StrategyExecution> unfinished() {
        return read(
                "reading the unfinished executions",
                h -> h.createQuery("SELECT * FROM strategy_executions WHERE state IN ('ENTERING', 'UNWINDING')"
                                + " ORDER BY strategy_id")
                        .map(ExecutionRows::execution)
                        .list());
    }

    @Override
    public StrategyExecution start(MarkedStrategy strategy, String broker, Instant at, List<AuditEntry> audit) {
        Checks.notNull(strategy, "strategy");
        Checks.notBlank(broker, "broker");
        return write("starting the execution of strategy " + strategy.strategyId(), h -> {
            Optional<StrategyExecution> old = h.createQuery(
                            "SELECT * FROM strategy_executions WHERE strategy_id = :id FOR UPDATE")
                    .bind("id", strategy.strategyId())
                    .map(ExecutionRows::execution)
                    .findOne();
            if (old.isPresent() && old.get().state() != ExecutionState.FAILED) {
                throw new IllegalStateException("strategy " + strategy.strategyId() + " is already "
                        + old.get().state() + " (attempt " + old.get().attempt() + ")");
            }
            int attempt = old.map(e -> e.attempt() + 1).orElse(1);
            h.createUpdate("INSERT INTO strategy_executions (strategy_id, attempt, state, lots, broker, reason,"
                            + " started_at, updated_at)"
                            + " VALUES (:id, :attempt, 'ENTERING', :lots, :broker, '', :at, :at)"
                            + " ON CONFLICT (strategy_id) DO UPDATE SET attempt = :attempt, state = 'ENTERING',"
                            + " lots = :lots, broker = :broker, reason = '', started_at = :at, updated_at = :at")
                    .bind("id", strategy.strategyId())
                    .bind("attempt", attempt)
                    .bind("lots", strategy.lots())
                    .bind("broker", broker)
                    .bind("at", ExecutionRows.timestamp(at))
                    .execute();
            status(h, strategy.strategyId(), "EXECUTING", strategy.lots(), "attempt " + attempt + " on " + broker);
            ExecutionRows.audit(h, audit);
            return new StrategyExecution(
                    strategy.strategyId(), attempt, strategy.lots(), ExecutionState.ENTERING, broker, "", at, at);
        });
    }

    private static void transition(Handle h, StrategyExecution previous, StrategyExecution next) {
        Checks.argument(
                previous.strategyId() == next.strategyId() && previous.attempt() == next.attempt(),
                "transition between executions " + previous + " and " + next);
        {
            int rows = h.createUpdate("UPDATE strategy_executions SET state = :state, reason = :reason,"
                            + " updated_at = :at WHERE strategy_id = :id AND attempt = :attempt AND state = :previous")
                    .bind("state", next.state().name())
                    .bind("reason", next.reason())
                    .bind("at", ExecutionRows.timestamp(next.updatedAt()))
                    .bind("id", next.strategyId())
                    .bind("attempt", next.attempt())
                    .bind("previous", previous.state().name())
                    .execute();
            if (rows != 1) {
                throw new IllegalStateException("strategy " + next.strategyId() + " is no longer " + previous.state()
                        + " (attempt " + previous.attempt() + "): another process moved it");
            }
            String status = switch (next.state()) {
                case ENTERED -> "EXECUTED";
                case FAILED -> "FAILED";
                case ENTERING, UNWINDING -> "EXECUTING";
            };
            String message = next.state() == ExecutionState.ENTERED
                    ? "attempt " + next.attempt() + " filled on " + next.broker()
                    : next.reason();
            status(h, next.strategyId(), status, next.lots(), message);
        }
    }

    @Override
    public void interrupted(
            StrategyExecution execution, String reason, boolean holdsPositions, List<AuditEntry> audit) {
        write("recording the interruption of strategy " + execution.strategyId(), h -> {
            status(h, execution.strategyId(), holdsPositions ? "PARTIAL" : "EXECUTING", execution.lots(), reason);
            ExecutionRows.audit(h, audit);
            return null;
        });
    }

    private static void status(Handle h, long strategyId, String status, int lots, String message) {
        h.createUpdate(STATUS)
                .bind("id", strategyId)
                .bind("status", status)
                .bind("lots", lots)
                .bind("message", message)
                .execute();
    }

    @Override
    public List<OrderRecord> orders(long strategyId) {
        return read(
                "reading the orders of strategy " + strategyId,
                h -> h.createQuery("SELECT " + ExecutionRows.ORDER_COLUMNS
                                + " FROM orders WHERE strategy_id = :id ORDER BY id")
                        .bind("id", strategyId)
                        .map(ExecutionRows::order)
                        .list());
    }

    private static void insertOrder(Handle h, OrderRecord order, String broker) {
        {
            OptionInstrument option = ExecutionRows.option(order);
            int inserted = h.createUpdate(INSERT_ORDER)
                    .bind("strategy", order.strategyId())
                    .bind("correlation", order.correlationId().value())
                    .bind("leg", order.legIndex())
                    .bind("symbol", option.symbol())
                    .bind("side", order.request().side().name())
                    .bind("right", option.right().name())
                    .bind("strike", option.strike().rupees())
                    .bind("expiry", option.expiry())
                    .bind("lots", order.request().lots())
                    .bind("quantity", order.request().quantity())
                    .bind("type", order.request().type().name())
                    .bind(
                            "limit",
                            order.request().limitPrice().map(Money::paise).orElse(null))
                    .bind("status", order.state().name())
                    .bind("brokerId", order.brokerOrderId().orElse(null))
                    .bind("filled", order.filledQuantity())
                    .bind("average", order.averagePrice().map(Money::paise).orElse(null))
                    .bind("purpose", order.purpose().name())
                    .bind("sequence", order.sequence())
                    .bind("value", order.filledValue().paise())
                    .bind("first", order.firstLimit().paise())
                    .bind("step", order.chaseStep())
                    .bind("reason", order.reason())
                    .bind("booked", order.booked())
                    .bind("broker", broker)
                    .execute();
            if (inserted != 1) {
                throw new IllegalStateException("an order tagged " + order.correlationId()
                        + " is stored already: placing it again would duplicate it");
            }
        }
    }

    private static void updateOrder(Handle h, OrderRecord order) {
        int rows = h.createUpdate("UPDATE orders SET status = :status, broker_order_id = :brokerId,"
                        + " filled_quantity = :filled, average_price_paise = :average,"
                        + " filled_value_paise = :value, limit_price_paise = :limit, chase_step = :step,"
                        + " reason = :reason, updated_at = now() WHERE correlation_id = :correlation")
                .bind("status", order.state().name())
                .bind("brokerId", order.brokerOrderId().orElse(null))
                .bind("filled", order.filledQuantity())
                .bind("average", order.averagePrice().map(Money::paise).orElse(null))
                .bind("value", order.filledValue().paise())
                .bind("limit", order.request().limitPrice().map(Money::paise).orElse(null))
                .bind("step", order.chaseStep())
                .bind("reason", order.reason())
                .bind("correlation", order.correlationId().value())
                .execute();
        if (rows != 1) {
            throw new IllegalStateException("order " + order.correlationId() + " is not stored");
        }
    }

    @Override
    public void write(List<ExecutionWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        write("storing " + writes.size() + " execution change(s)", h -> {
            List<AuditEntry> audit = new ArrayList<>();
            for (ExecutionWrite w : writes) {
                switch (w) {
                    case ExecutionWrite.NewOrder n -> insertOrder(h, n.order(), n.broker());
                    case ExecutionWrite.OrderUpdate u -> updateOrder(h, u.order());
                    case ExecutionWrite.Booking b -> {
                        updateOrder(h, b.booking().order());
                        FillBooks.book(h, b.booking());
                    }
                    case ExecutionWrite.Transition t -> transition(h, t.previous(), t.next());
                    case ExecutionWrite.Audit a -> audit.add(a.entry());
                }
            }
            ExecutionRows.audit(h, audit);
            return null;
        });
    }

    @Override
    public List<OrderTurnover> bookedOn(LocalDate tradeDate) {
        return read(
                "reading the orders booked on " + tradeDate,
                h -> h.createQuery("SELECT side, sum(filled_value_paise) AS filled_value_paise FROM orders"
                                + " WHERE booked_on = :day GROUP BY side ORDER BY side")
                        .bind("day", tradeDate)
                        .map((rs, ctx) -> new OrderTurnover(
                                tradeDate,
                                Side.valueOf(rs.getString("side")),
                                Money.ofPaise(rs.getLong("filled_value_paise"))))
                        .list());
    }

    @Override
    public int openStrategies() {
        return read(
                "counting the open strategies",
                h -> h.createQuery("SELECT count(*) FROM strategy_executions e JOIN strategy_execution_status st"
                                + " ON st.strategy_id = e.strategy_id WHERE e.state IN ('ENTERING', 'UNWINDING')"
                                + " OR (e.state = 'ENTERED' AND st.status <> 'CLOSED')")
                        .mapTo(Integer.class)
                        .one());
    }

    @Override
    public Optional<RunLock> lock() {
        String key = "options-v4-execute-" + namespace();
        Handle handle = SqlErrors.run("opening a connection for the execution lock", jdbi::open);
        try {
            boolean locked = handle.createQuery("SELECT pg_try_advisory_lock(hashtext(:key))")
                    .bind("key", key)
                    .mapTo(Boolean.class)
                    .one();
            if (!locked) {
                handle.close();
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            handle.close();
            throw SqlErrors.wrap("taking the execution lock", e);
        }
        return Optional.of(() -> {
            try (handle) {
                handle.createQuery("SELECT pg_advisory_unlock(hashtext(:key))")
                        .bind("key", key)
                        .mapTo(Boolean.class)
                        .one();
            } catch (RuntimeException e) {
                // the connection is gone: the server released the lock with it
            }
        });
    }

    private <T> T read(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> action) {
        return SqlErrors.run(what, () -> jdbi.withHandle(action));
    }

    private <T> T write(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> action) {
        return SqlErrors.run(what, () -> jdbi.inTransaction(action));
    }
}
