package io.optionsv4.store;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.AuditEntry;
import io.optionsv4.core.trade.CorrelationId;
import io.optionsv4.core.trade.CorrelationId.Purpose;
import io.optionsv4.core.trade.ExecutionState;
import io.optionsv4.core.trade.OptionInstrument;
import io.optionsv4.core.trade.OrderRecord;
import io.optionsv4.core.trade.OrderRequest;
import io.optionsv4.core.trade.OrderState;
import io.optionsv4.core.trade.OrderType;
import io.optionsv4.core.trade.StrategyExecution;
import io.optionsv4.core.trade.StrategyLeg;
import io.optionsv4.core.trade.Validity;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers and the audit insert of the execution tables ({@code V8__execution.sql}). */
final class ExecutionRows {

    static final String ORDER_COLUMNS = "strategy_id, correlation_id, leg_index, symbol, side, option_type,"
            + " strike_price, expiry_date, lots, quantity, order_type, limit_price_paise, status, broker_order_id,"
            + " filled_quantity, average_price_paise, purpose, sequence, filled_value_paise, first_limit_paise,"
            + " chase_step, reason, booked";

    private ExecutionRows() {}

    /** Maps a {@code strategy_executions} row. */
    static StrategyExecution execution(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StrategyExecution(
                rs.getLong("strategy_id"),
                rs.getInt("attempt"),
                rs.getInt("lots"),
                ExecutionState.valueOf(rs.getString("state")),
                rs.getString("broker"),
                rs.getString("reason"),
                instant(rs, "started_at"),
                instant(rs, "updated_at"));
    }

    /** Maps a {@code strategy_details} row. */
    static StrategyLeg leg(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StrategyLeg(
                rs.getInt("leg_index"),
                Side.valueOf(rs.getString("side")),
                Right.valueOf(rs.getString("option_type")),
                Money.ofRupees(rs.getDouble("strike_price"), RoundingMode.HALF_UP),
                rs.getObject("expiry_date", LocalDate.class),
                rs.getInt("lots"),
                rs.getDouble("premium_per_unit"));
    }

    /** Maps an {@code orders} row. */
    static OrderRecord order(ResultSet rs, StatementContext ctx) throws SQLException {
        int lots = rs.getInt("lots");
        int quantity = rs.getInt("quantity");
        OrderType type = OrderType.valueOf(rs.getString("order_type"));
        long limit = rs.getLong("limit_price_paise");
        Optional<Money> limitPrice = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPaise(limit));
        OrderRequest request = new OrderRequest(
                new CorrelationId(rs.getString("correlation_id")),
                new OptionInstrument(
                        rs.getString("symbol"),
                        Right.valueOf(rs.getString("option_type")),
                        Money.ofRupees(rs.getDouble("strike_price"), RoundingMode.HALF_UP),
                        rs.getObject("expiry_date", LocalDate.class)),
                Side.valueOf(rs.getString("side")),
                quantity,
                quantity / lots,
                type,
                limitPrice,
                Validity.DAY);
        return new OrderRecord(
                rs.getLong("strategy_id"),
                rs.getInt("leg_index"),
                Purpose.valueOf(rs.getString("purpose")),
                rs.getInt("sequence"),
                request,
                Money.ofPaise(rs.getLong("first_limit_paise")),
                OrderState.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("broker_order_id")),
                rs.getInt("filled_quantity"),
                Money.ofPaise(rs.getLong("filled_value_paise")),
                rs.getInt("chase_step"),
                rs.getString("reason"),
                rs.getBoolean("booked"));
    }

    /** Appends {@code entries} to {@code audit_log} inside the caller's transaction, in one batch. */
    static void audit(Handle h, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO audit_log (actor, event, entity, entity_id, details)"
                + " VALUES (:actor, :event, :entity, :id, jsonb_object(:keys, :values))");
        for (AuditEntry entry : entries) {
            Map<String, String> details = entry.details();
            batch.bind("actor", entry.actor())
                    .bind("event", entry.event())
                    .bind("entity", entry.entity())
                    .bind("id", entry.entityId())
                    .bindArray("keys", String.class, details.keySet().toArray(String[]::new))
                    .bindArray("values", String.class, details.values().toArray(String[]::new))
                    .add();
        }
        batch.execute();
    }

    /** Returns the option instrument of an order. */
    static OptionInstrument option(OrderRecord order) {
        if (order.request().instrument() instanceof OptionInstrument o) {
            return o;
        }
        throw new IllegalArgumentException("order " + order.correlationId() + " is not an option order");
    }

    /** Returns {@code value / quantity} rounded half-even to the paisa. */
    static long perUnit(long valuePaise, int quantity) {
        return java.math.BigDecimal.valueOf(valuePaise)
                .divide(java.math.BigDecimal.valueOf(quantity), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    /** Returns the instant as a JDBC timestamp. */
    static Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
