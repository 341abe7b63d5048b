package io.optionsv4.store;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.MarkStore;
import io.optionsv4.core.portfolio.RecentStrategy;
import io.optionsv4.core.portfolio.StatusEntry;
import io.optionsv4.core.portfolio.StrategyStatus;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link MarkStore} on PostgreSQL: {@code strategies} with their {@code strategy_parameters} and the
 * {@code strategy_execution_status} rows (V3, lots since V6). A mark is a MARKED row with its lots (replacing a FAILED
 * or CANCELLED one); unmarking deletes a MARKED or ALLOCATED row. Every change is one transaction with its
 * {@code audit_log} entry (entity {@code strategy}, events {@code MARKED} and {@code UNMARKED}). Thread-safe.
 */
public final class JdbiMarkStore implements MarkStore {

    private static final String SELECT = "SELECT s.id, s.trade_date, s.symbol, s.strategy_name, s.conviction,"
            + " s.total_score, s.net_ev_paise, coalesce(s.net_probability_of_profit, p.probability_of_profit, 0)"
            + " AS pop, s.capital_required_paise, e.status, e.lots, e.message, e.updated_at FROM strategies s"
            + " LEFT JOIN strategy_parameters p ON p.strategy_id = s.id"
            + " LEFT JOIN strategy_execution_status e ON e.strategy_id = s.id";

    private static final String MARK = "INSERT INTO strategy_execution_status (strategy_id, status, lots, message)"
            + " VALUES (:id, 'MARKED', :lots, :message) ON CONFLICT (strategy_id) DO UPDATE SET status = 'MARKED',"
            + " lots = EXCLUDED.lots, message = EXCLUDED.message, marked_at = now(), updated_at = now()"
            + " WHERE strategy_execution_status.status IN ('FAILED', 'CANCELLED')";

    private static final String AUDIT = "INSERT INTO audit_log (actor, event, entity, entity_id, details)"
            + " VALUES (:actor, :event, 'strategy', :id, jsonb_build_object('lots', :lots, 'previous', :previous))";

    private final Jdbi jdbi;

    /** Creates the store over the handle factory of a migrated database. */
    public JdbiMarkStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public Optional<LocalDate> latestAnalysisDate() {
        return SqlErrors.run(
                "reading the latest trade date from strategies",
                () -> jdbi.withHandle(h -> h.createQuery("SELECT max(trade_date) FROM strategies")
                        .mapTo(LocalDate.class)
                        .findOne()));
    }

    @Override
    public List<RecentStrategy> strategies(LocalDate tradeDate) {
        Checks.notNull(tradeDate, "tradeDate");
        return SqlErrors.run(
                "reading the strategies of " + tradeDate + " with their execution status",
                () -> jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE s.trade_date = :date ORDER BY s.id")
                        .bind("date", tradeDate)
                        .map((rs, ctx) -> strategy(rs))
                        .list()));
    }

    @Override
    public Optional<RecentStrategy> strategy(StrategyId id) {
        Checks.notNull(id, "id");
        return SqlErrors.run(
                "reading strategy " + id + " with its execution status",
                () -> jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE s.id = :id")
                        .bind("id", id.value())
                        .map((rs, ctx) -> strategy(rs))
                        .findOne()));
    }

    @Override
    public boolean mark(StrategyId id, int lots, String actor) {
        Checks.notNull(id, "id");
        Checks.positive(lots, "lots");
        Checks.notBlank(actor, "actor");
        return SqlErrors.run(
                "marking strategy " + id + " in strategy_execution_status",
                () -> jdbi.inTransaction(h -> {
                    Optional<String> previous = state(h, id);
                    int changed = h.createUpdate(MARK)
                            .bind("id", id.value())
                            .bind("lots", lots)
                            .bind("message", actor)
                            .execute();
                    if (changed == 1) {
                        audit(h, actor, "MARKED", id, lots, previous.orElse(""));
                    }
                    return changed == 1;
                }));
    }

    @Override
    public boolean unmark(StrategyId id, String actor) {
        Checks.notNull(id, "id");
        Checks.notBlank(actor, "actor");
        return SqlErrors.run(
                "unmarking strategy " + id + " in strategy_execution_status",
                () -> jdbi.inTransaction(h -> {
                    Optional<Removed> removed = h.createQuery("DELETE FROM strategy_execution_status"
                                    + " WHERE strategy_id = :id AND status IN ('MARKED', 'ALLOCATED')"
                                    + " RETURNING status, lots")
                            .bind("id", id.value())
                            .map((rs, ctx) -> new Removed(rs.getString(1), rs.getInt(2)))
                            .findOne();
                    removed.ifPresent(r -> audit(h, actor, "UNMARKED", id, r.lots(), r.status()));
                    return removed.isPresent();
                }));
    }

    private static Optional<String> state(Handle h, StrategyId id) {
        return h.createQuery("SELECT status FROM strategy_execution_status WHERE strategy_id = :id FOR UPDATE")
                .bind("id", id.value())
                .mapTo(String.class)
                .findOne();
    }

    private static void audit(Handle h, String actor, String event, StrategyId id, int lots, String previous) {
        h.createUpdate(AUDIT)
                .bind("actor", actor)
                .bind("event", event)
                .bind("id", Long.toString(id.value()))
                .bind("lots", lots)
                .bind("previous", previous)
                .execute();
    }

    private static RecentStrategy strategy(ResultSet rs) throws SQLException {
        return new RecentStrategy(
                new StrategyId(rs.getLong("id")),
                rs.getObject("trade_date", LocalDate.class),
                rs.getString("symbol"),
                rs.getString("strategy_name"),
                Conviction.valueOf(rs.getString("conviction")),
                rs.getDouble("total_score"),
                paise(rs, "net_ev_paise"),
                rs.getDouble("pop"),
                paise(rs, "capital_required_paise"),
                statusEntry(rs));
    }

    /** Reads the execution status columns {@code status, lots, message, updated_at}; empty without a status row. */
    static Optional<StatusEntry> statusEntry(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        if (status == null) {
            return Optional.empty();
        }
        int lots = rs.getInt("lots");
        Optional<Integer> knownLots = rs.wasNull() ? Optional.empty() : Optional.of(lots);
        return Optional.of(new StatusEntry(
                StrategyStatus.valueOf(status),
                knownLots,
                rs.getString("message"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant()));
    }

    private static Optional<Money> paise(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPaise(value));
    }

    private record Removed(String status, int lots) {}
}
