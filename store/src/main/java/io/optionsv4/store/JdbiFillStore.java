package io.optionsv4.store;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.FillStore;
import io.optionsv4.core.portfolio.PriceFix;
import io.optionsv4.core.portfolio.StoredFill;
import io.optionsv4.core.portfolio.StoredTradePrice;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.StrategyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link FillStore} on PostgreSQL: {@code orders} with the {@code trades} they opened ({@code entry_order_id}) or
 * closed ({@code exit_order_id}). A fix updates one price only while the row still holds the price it was computed
 * from; fixing a closed leg's entry or exit price moves its {@code realized_pnl_paise} by the same amount (sign ×
 * change × quantity); each change writes an {@code audit_log} entry (event {@code FILL_PRICE_CORRECTED}, entity
 * {@code orders} or {@code trades}) in the same transaction. Thread-safe.
 */
public final class JdbiFillStore implements FillStore {

    private static final String ORDERS = "SELECT o.* FROM orders o WHERE o.created_at >= :since"
            + " OR (o.filled_quantity > 0 AND coalesce(o.average_price_paise, 0) = 0)"
            + " OR EXISTS (SELECT 1 FROM trades t WHERE (t.entry_order_id = o.id AND t.entry_price_paise = 0)"
            + " OR (t.exit_order_id = o.id AND t.exit_price_paise = 0)) ORDER BY o.id";

    private static final String TRADES = "SELECT id, entry_order_id, exit_order_id, quantity, entry_price_paise,"
            + " exit_price_paise FROM trades WHERE entry_order_id = ANY(:ids) OR exit_order_id = ANY(:ids) ORDER BY id";

    private static final String SIGN = "(CASE side WHEN 'BUY' THEN 1 ELSE -1 END)";

    private static final String FIX_ORDER = "UPDATE orders SET average_price_paise = :price, updated_at = now()"
            + " WHERE id = :id AND average_price_paise IS NOT DISTINCT FROM :old";

    private static final String FIX_ENTRY = "UPDATE trades SET realized_pnl_paise = realized_pnl_paise - " + SIGN
            + " * (:price - entry_price_paise) * quantity, entry_price_paise = :price"
            + " WHERE id = :id AND entry_price_paise IS NOT DISTINCT FROM :old";

    private static final String FIX_EXIT = "UPDATE trades SET realized_pnl_paise = realized_pnl_paise + " + SIGN
            + " * (:price - exit_price_paise) * quantity, exit_price_paise = :price"
            + " WHERE id = :id AND exit_price_paise IS NOT DISTINCT FROM :old";

    private static final String AUDIT = "INSERT INTO audit_log (actor, event, entity, entity_id, details)"
            + " VALUES (:actor, 'FILL_PRICE_CORRECTED', :entity, :id, jsonb_build_object('field', :field,"
            + " 'old_paise', :old, 'new_paise', :price, 'correlation_id', :tag))";

    private final Jdbi jdbi;

    /** Creates the store over the handle factory of a migrated database. */
    public JdbiFillStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public List<StoredFill> fills(Instant since) {
        Checks.notNull(since, "since");
        return SqlErrors.run(
                "reading the stored fills from orders and trades", () -> jdbi.inTransaction(h -> read(h, since)));
    }

    private static List<StoredFill> read(Handle h, Instant since) {
        List<OrderRow> orders = h.createQuery(ORDERS)
                .bind("since", Timestamp.from(since))
                .map((rs, ctx) -> order(rs))
                .list();
        Map<Long, List<StoredTradePrice>> prices = new HashMap<>();
        h.createQuery(TRADES)
                .bindArray("ids", Long.class, orders.stream().map(OrderRow::id).toList())
                .map((rs, ctx) -> {
                    collect(rs, prices);
                    return 0;
                })
                .list();
        List<StoredFill> fills = new ArrayList<>(orders.size());
        for (OrderRow o : orders) {
            fills.add(new StoredFill(
                    o.id(),
                    o.strategyId(),
                    o.correlationId(),
                    o.brokerOrderId(),
                    o.contract(),
                    o.filledQuantity(),
                    o.averagePrice(),
                    o.createdAt(),
                    prices.getOrDefault(o.id(), List.of())));
        }
        return fills;
    }

    private static void collect(ResultSet rs, Map<Long, List<StoredTradePrice>> prices) throws SQLException {
        long trade = rs.getLong("id");
        int quantity = rs.getInt("quantity");
        long entryOrder = rs.getLong("entry_order_id");
        if (!rs.wasNull()) {
            prices.computeIfAbsent(entryOrder, k -> new ArrayList<>())
                    .add(new StoredTradePrice(
                            trade,
                            PriceFix.Target.TRADE_ENTRY,
                            quantity,
                            Money.ofPaise(rs.getLong("entry_price_paise"))));
        }
        long exitOrder = rs.getLong("exit_order_id");
        if (!rs.wasNull()) {
            long exitPrice = rs.getLong("exit_price_paise");
            if (!rs.wasNull()) {
                prices.computeIfAbsent(exitOrder, k -> new ArrayList<>())
                        .add(new StoredTradePrice(
                                trade, PriceFix.Target.TRADE_EXIT, quantity, Money.ofPaise(exitPrice)));
            }
        }
    }

    private static OrderRow order(ResultSet rs) throws SQLException {
        long average = rs.getLong("average_price_paise");
        Optional<Money> averagePrice = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPaise(average));
        return new OrderRow(
                rs.getLong("id"),
                new StrategyId(rs.getLong("strategy_id")),
                rs.getString("correlation_id"),
                Optional.ofNullable(rs.getString("broker_order_id")).filter(s -> !s.isBlank()),
                JdbiPortfolioStore.contract(rs).displayName(),
                rs.getInt("filled_quantity"),
                averagePrice,
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    @Override
    public boolean apply(PriceFix fix, String actor) {
        Checks.notNull(fix, "fix");
        Checks.notBlank(actor, "actor");
        String sql = switch (fix.target()) {
            case ORDER -> FIX_ORDER;
            case TRADE_ENTRY -> FIX_ENTRY;
            case TRADE_EXIT -> FIX_EXIT;
        };
        Long old = fix.storedPrice().map(Money::paise).orElse(null);
        return SqlErrors.run(
                "correcting the " + fix.target() + " price of row " + fix.rowId(),
                () -> jdbi.inTransaction(h -> {
                    int changed = h.createUpdate(sql)
                            .bind("price", fix.brokerPrice().paise())
                            .bind("id", fix.rowId())
                            .bind("old", old)
                            .execute();
                    if (changed == 1) {
                        h.createUpdate(AUDIT)
                                .bind("actor", actor)
                                .bind("entity", fix.target() == PriceFix.Target.ORDER ? "orders" : "trades")
                                .bind("id", Long.toString(fix.rowId()))
                                .bind("field", field(fix.target()))
                                .bind("old", old)
                                .bind("price", fix.brokerPrice().paise())
                                .bind("tag", fix.correlationId())
                                .execute();
                    }
                    return changed == 1;
                }));
    }

    private static String field(PriceFix.Target target) {
        return switch (target) {
            case ORDER -> "average_price_paise";
            case TRADE_ENTRY -> "entry_price_paise";
            case TRADE_EXIT -> "exit_price_paise";
        };
    }

    private record OrderRow(
            long id,
            StrategyId strategyId,
            String correlationId,
            Optional<String> brokerOrderId,
            String contract,
            int filledQuantity,
            Optional<Money> averagePrice,
            Instant createdAt) {}
}
