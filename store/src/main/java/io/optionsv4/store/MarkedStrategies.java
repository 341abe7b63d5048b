package io.optionsv4.store;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.trade.MarkedStrategy;
import io.optionsv4.core.trade.StrategyLeg;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads strategies as the execution needs them: {@code strategies} with their status and lots from
 * {@code strategy_execution_status} (lots 1 without a row), the analysis' net max loss per strategy lot scaled to the
 * lots, the loss at the exit plan's stop from the latest allocation item of the same lots, and the legs from
 * {@code strategy_details}. A strategy without legs is left out.
 */
final class MarkedStrategies {

    static final String SQL = "SELECT s.id, s.symbol, s.strategy_name, s.trade_date,"
            + " coalesce(st.status, 'UNMARKED') AS status, coalesce(st.lots, 1) AS lots, s.net_max_loss_paise,"
            + " (SELECT i.max_loss_paise FROM portfolio_allocation_items i WHERE i.strategy_id = s.id"
            + " AND i.lots = coalesce(st.lots, 1) ORDER BY i.allocation_id DESC LIMIT 1) AS stop_loss_paise"
            + " FROM strategies s LEFT JOIN strategy_execution_status st ON st.strategy_id = s.id";

    private MarkedStrategies() {}

    /** Returns the strategies {@code sql} selects ({@code id} bound to {@code :id} when not null), by id. */
    static List<MarkedStrategy> read(Handle h, String sql, Long id) {
        var query = h.createQuery(sql);
        if (id != null) {
            query.bind("id", id.longValue());
        }
        List<Row> rows = query.map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StrategyLeg>> legs = new HashMap<>();
        h.createQuery("SELECT * FROM strategy_details WHERE strategy_id = ANY(:ids) ORDER BY strategy_id, leg_index")
                .bindArray("ids", Long.class, rows.stream().map(Row::id).toArray(Long[]::new))
                .map((rs, ctx) -> Map.entry(rs.getLong("strategy_id"), ExecutionRows.leg(rs, ctx)))
                .forEach(e ->
                        legs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<MarkedStrategy> out = new ArrayList<>();
        for (Row r : rows) {
            List<StrategyLeg> l = legs.getOrDefault(r.id(), List.of());
            if (!l.isEmpty()) {
                out.add(new MarkedStrategy(
                        r.id(),
                        r.symbol(),
                        r.name(),
                        r.date(),
                        r.status(),
                        r.lots(),
                        r.maxLossPerLot().map(m -> m.times(r.lots())),
                        r.stopLoss(),
                        l));
            }
        }
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        long maxLoss = rs.getLong("net_max_loss_paise");
        Optional<Money> perLot = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPaise(maxLoss));
        long stop = rs.getLong("stop_loss_paise");
        Optional<Money> stopLoss = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofPaise(stop));
        return new Row(
                rs.getLong("id"),
                rs.getString("symbol"),
                rs.getString("strategy_name"),
                rs.getObject("trade_date", LocalDate.class),
                rs.getString("status"),
                rs.getInt("lots"),
                perLot,
                stopLoss);
    }

    private record Row(
            long id,
            String symbol,
            String name,
            LocalDate date,
            String status,
            int lots,
            Optional<Money> maxLossPerLot,
            Optional<Money> stopLoss) {}
}
