package io.optionsv4.store;

import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.portfolio.LegExit;
import io.optionsv4.core.portfolio.PortfolioStore;
import io.optionsv4.core.portfolio.TrackedStrategy;
import io.optionsv4.core.portfolio.TradeLeg;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.trade.OptionInstrument;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link PortfolioStore} on PostgreSQL: the strategies with a {@code strategy_execution_status} row or a
 * {@code trades} row (with the industry from {@code stock_data}), and the {@code trades} rows. Read only; thread-safe.
 */
public final class JdbiPortfolioStore implements PortfolioStore {

    private static final String TRACKED = "SELECT s.id, s.trade_date, s.symbol, s.strategy_name, s.conviction,"
            + " coalesce(sd.industry, '" + JdbiAllocationStore.UNCLASSIFIED + "') AS industry, e.status, e.lots,"
            + " e.message, e.updated_at FROM strategies s"
            + " LEFT JOIN strategy_execution_status e ON e.strategy_id = s.id"
            + " LEFT JOIN stock_data sd ON sd.symbol = s.symbol"
            + " WHERE e.strategy_id IS NOT NULL OR EXISTS (SELECT 1 FROM trades t WHERE t.strategy_id = s.id)"
            + " ORDER BY s.id";

    private final Jdbi jdbi;

    /** Creates the store over the handle factory of a migrated database. */
    public JdbiPortfolioStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public List<TrackedStrategy> trackedStrategies() {
        return SqlErrors.run(
                "reading the marked and traded strategies",
                () -> jdbi.withHandle(h -> h.createQuery(TRACKED)
                        .map((rs, ctx) -> new TrackedStrategy(
                                new StrategyId(rs.getLong("id")),
                                rs.getObject("trade_date", LocalDate.class),
                                rs.getString("symbol"),
                                rs.getString("strategy_name"),
                                rs.getString("industry"),
                                Conviction.valueOf(rs.getString("conviction")),
                                JdbiMarkStore.statusEntry(rs)))
                        .list()));
    }

    @Override
    public List<TradeLeg> trades() {
        return SqlErrors.run(
                "reading the trades",
                () -> jdbi.withHandle(h -> h.createQuery("SELECT * FROM trades ORDER BY strategy_id, leg_index, id")
                        .map((rs, ctx) -> leg(rs))
                        .list()));
    }

    @Override
    public List<TradeLeg> trades(long strategyId) {
        return SqlErrors.run(
                "reading the trades of strategy " + strategyId,
                () -> jdbi.withHandle(
                        h -> h.createQuery("SELECT * FROM trades WHERE strategy_id = :id ORDER BY leg_index, id")
                                .bind("id", strategyId)
                                .map((rs, ctx) -> leg(rs))
                                .list()));
    }

    private static TradeLeg leg(ResultSet rs) throws SQLException {
        long exitPaise = rs.getLong("exit_price_paise");
        Optional<LegExit> exit = rs.wasNull()
                ? Optional.empty()
                : Optional.of(new LegExit(
                        Money.ofPaise(exitPaise),
                        rs.getObject("exited_at", OffsetDateTime.class).toInstant()));
        return new TradeLeg(
                rs.getLong("id"),
                new StrategyId(rs.getLong("strategy_id")),
                rs.getInt("leg_index"),
                contract(rs),
                Side.valueOf(rs.getString("side")),
                rs.getInt("lots"),
                rs.getInt("quantity"),
                Money.ofPaise(rs.getLong("entry_price_paise")),
                Money.ofPaise(rs.getLong("charges_paise")),
                rs.getObject("entered_at", OffsetDateTime.class).toInstant(),
                exit);
    }

    /** Reads the option contract of an {@code orders} or {@code trades} row. */
    static OptionInstrument contract(ResultSet rs) throws SQLException {
        return new OptionInstrument(
                rs.getString("symbol"),
                Right.valueOf(rs.getString("option_type")),
                Money.ofRupees(rs.getDouble("strike_price"), RoundingMode.HALF_UP),
                rs.getObject("expiry_date", LocalDate.class));
    }
}
