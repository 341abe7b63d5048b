package io.optionsv4.store;

import io.optionsv4.core.exit.HeldLeg;
import io.optionsv4.core.exit.HeldPositionStore;
import io.optionsv4.core.exit.HeldStrategy;
import io.optionsv4.core.instrument.Right;
import io.optionsv4.core.instrument.Side;
import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.ExitLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The monitor's view of the books on PostgreSQL: strategies whose execution is ENTERED ({@code strategy_executions},
 * V8) and that still have an OPEN trade ({@code trades}), with every executed leg (its entry and exit values, V8), the
 * analysis' lots and implied volatility of the leg ({@code strategy_details}), the stored exit levels, the charges
 * booked and the rules already acted on ({@code strategy_exit_intents}, V11). One read transaction per call.
 */
public final class JdbiHeldPositionStore implements HeldPositionStore {

    private static final String ENTERED_AND_OPEN = "SELECT e.strategy_id FROM strategy_executions e"
            + " WHERE e.state = 'ENTERED' AND EXISTS (SELECT 1 FROM trades t WHERE t.strategy_id = e.strategy_id"
            + " AND t.status = 'OPEN')";
    private static final String OPEN_IDS = ENTERED_AND_OPEN + " ORDER BY e.started_at, e.strategy_id";
    private static final String IS_OPEN = ENTERED_AND_OPEN + " AND e.strategy_id = :id";

    private static final String LEGS = "SELECT t.leg_index, t.side, t.option_type, t.strike_price, t.expiry_date,"
            + " t.lots, t.quantity, t.exit_quantity, coalesce(t.entry_value_paise, t.entry_price_paise * t.quantity)"
            + " AS entry_value, t.exit_value_paise, t.charges_paise, t.entered_at, d.lots AS constructed_lots,"
            + " d.implied_volatility FROM trades t JOIN strategy_details d ON d.strategy_id = t.strategy_id"
            + " AND d.leg_index = t.leg_index WHERE t.strategy_id = :id ORDER BY t.leg_index, t.id";

    private final Jdbi jdbi;

    /** Creates the store over a migrated database. */
    public JdbiHeldPositionStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public List<HeldStrategy> open() {
        return SqlErrors.run(
                "reading the open strategies",
                () -> jdbi.inTransaction(h -> {
                    List<Long> ids = h.createQuery(OPEN_IDS).mapTo(Long.class).list();
                    List<HeldStrategy> held = new ArrayList<>(ids.size());
                    for (long id : ids) {
                        read(h, id).ifPresent(held::add);
                    }
                    return held;
                }));
    }

    @Override
    public Optional<HeldStrategy> open(long strategyId) {
        return SqlErrors.run(
                "reading strategy " + strategyId,
                () -> jdbi.inTransaction(h -> {
                    boolean entered = h.createQuery(IS_OPEN)
                            .bind("id", strategyId)
                            .mapTo(Long.class)
                            .findOne()
                            .isPresent();
                    return entered ? read(h, strategyId) : Optional.<HeldStrategy>empty();
                }));
    }

    private static Optional<HeldStrategy> read(Handle h, long id) {
        Optional<Map<String, Object>> strategy = h.createQuery(
                        "SELECT symbol, strategy_name, spot_price FROM strategies WHERE id = :id")
                .bind("id", id)
                .mapToMap()
                .findOne();
        if (strategy.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, HeldLeg> legs = new LinkedHashMap<>();
        long[] charges = {0};
        LocalDate[] entry = {null};
        h.createQuery(LEGS)
                .bind("id", id)
                .map((rs, ctx) -> leg(rs, charges, entry))
                .forEach(leg -> {
                    legs.merge(leg.legIndex(), leg, HeldLeg::plus);
                });
        if (legs.isEmpty()) {
            return Optional.empty();
        }
        List<ExitLevel> levels = h.createQuery("SELECT exit_kind, trigger_value, exit_fraction, description"
                        + " FROM strategy_exit_levels WHERE strategy_id = :id ORDER BY level_index")
                .bind("id", id)
                .map((rs, ctx) -> new ExitLevel(
                        ExitLevel.Kind.valueOf(rs.getString(1)), rs.getDouble(2), rs.getDouble(3), rs.getString(4)))
                .list();
        Set<String> acted = new HashSet<>(
                h.createQuery("SELECT rule FROM strategy_exit_intents" + " WHERE strategy_id = :id AND state = 'DONE'")
                        .bind("id", id)
                        .mapTo(String.class)
                        .list());
        Map<String, Object> s = strategy.get();
        return Optional.of(new HeldStrategy(
                id,
                (String) s.get("symbol"),
                (String) s.get("strategy_name"),
                entry[0],
                ((Number) s.get("spot_price")).doubleValue(),
                List.copyOf(legs.values()),
                Money.ofPaise(charges[0]),
                levels,
                acted));
    }

    private static HeldLeg leg(ResultSet rs, long[] charges, LocalDate[] entry) throws SQLException {
        charges[0] += rs.getLong("charges_paise");
        LocalDate entered = rs.getObject("entered_at", java.time.OffsetDateTime.class)
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Kolkata"))
                .toLocalDate();
        if (entry[0] == null || entered.isBefore(entry[0])) {
            entry[0] = entered;
        }
        return new HeldLeg(
                rs.getInt("leg_index"),
                Side.valueOf(rs.getString("side")),
                Right.valueOf(rs.getString("option_type")),
                rs.getDouble("strike_price"),
                rs.getObject("expiry_date", LocalDate.class),
                rs.getInt("lots"),
                rs.getInt("constructed_lots"),
                rs.getInt("quantity"),
                rs.getInt("exit_quantity"),
                Money.ofPaise(rs.getLong("entry_value")),
                Money.ofPaise(rs.getLong("exit_value_paise")),
                rs.getDouble("implied_volatility"));
    }
}
