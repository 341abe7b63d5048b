package io.optionsv4.store;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.trade.ExitIntent;
import io.optionsv4.core.trade.ExitIntentStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Exit intents on PostgreSQL ({@code V11__exit_intents.sql}): one row per (strategy, rule, target share), so the same
 * decision stored twice is one intent. Each method is one transaction. Thread-safe.
 */
public final class JdbiExitIntentStore implements ExitIntentStore {

    private static final String COLUMNS =
            "id, strategy_id, rule, target_closed_fraction, reason, source, state, message";

    private static final String INSERT = "INSERT INTO strategy_exit_intents (strategy_id, rule,"
            + " target_closed_fraction, reason, source, state) VALUES (:s, :rule, :target, :reason, :source,"
            + " 'PENDING') ON CONFLICT (strategy_id, rule, target_closed_fraction) DO NOTHING";
    private static final String SELECT_ONE = "SELECT " + COLUMNS + " FROM strategy_exit_intents"
            + " WHERE strategy_id = :s AND rule = :rule AND target_closed_fraction = :target";
    private static final String FINISH = "UPDATE strategy_exit_intents SET state = :state, message = :message,"
            + " updated_at = now() WHERE id = :id";
    private static final String PENDING =
            "SELECT " + COLUMNS + " FROM strategy_exit_intents WHERE state = 'PENDING' ORDER BY id";
    private static final String CLOSED = "INSERT INTO strategy_execution_status (strategy_id, status, message)"
            + " VALUES (:s, 'CLOSED', :m) ON CONFLICT (strategy_id) DO UPDATE SET status = 'CLOSED', message = :m,"
            + " updated_at = now()";

    private final Jdbi jdbi;

    /** Creates the store over a migrated database. */
    public JdbiExitIntentStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public ExitIntent open(
            long strategyId, String rule, double targetClosedFraction, String reason, ExitIntent.Source source) {
        double target = Math.round(targetClosedFraction * 1e6) / 1e6;
        String what = "storing the exit intent of strategy " + strategyId;
        return SqlErrors.run(
                what,
                () -> jdbi.inTransaction(h -> {
                    h.createUpdate(INSERT)
                            .bind("s", strategyId)
                            .bind("rule", rule)
                            .bind("target", target)
                            .bind("reason", reason)
                            .bind("source", source.name())
                            .execute();
                    return h.createQuery(SELECT_ONE)
                            .bind("s", strategyId)
                            .bind("rule", rule)
                            .bind("target", target)
                            .map((rs, ctx) -> intent(rs))
                            .one();
                }));
    }

    @Override
    public void finish(ExitIntent intent, ExitIntent.State state, String message) {
        String what = "recording the outcome of exit intent " + intent.id();
        SqlErrors.run(
                what,
                () -> jdbi.withHandle(h -> h.createUpdate(FINISH)
                        .bind("state", state.name())
                        .bind("message", message)
                        .bind("id", intent.id())
                        .execute()));
    }

    @Override
    public List<ExitIntent> pending() {
        String what = "reading the pending exit intents";
        return SqlErrors.run(
                what,
                () -> jdbi.withHandle(
                        h -> h.createQuery(PENDING).map((rs, ctx) -> intent(rs)).list()));
    }

    @Override
    public void markClosed(long strategyId, String message) {
        String what = "marking strategy " + strategyId + " closed";
        SqlErrors.run(
                what,
                () -> jdbi.withHandle(h -> h.createUpdate(CLOSED)
                        .bind("s", strategyId)
                        .bind("m", message)
                        .execute()));
    }

    private static ExitIntent intent(ResultSet rs) throws SQLException {
        return new ExitIntent(
                rs.getLong("id"),
                rs.getLong("strategy_id"),
                rs.getString("rule"),
                rs.getDouble("target_closed_fraction"),
                rs.getString("reason"),
                ExitIntent.Source.valueOf(rs.getString("source")),
                ExitIntent.State.valueOf(rs.getString("state")),
                rs.getString("message"));
    }
}
