package io.optionsv4.store;

import io.optionsv4.core.allocation.AllocationStore;
import io.optionsv4.core.allocation.OutcomeDistribution;
import io.optionsv4.core.allocation.PlanOutcome;
import io.optionsv4.core.allocation.StoredAllocation;
import io.optionsv4.core.allocation.StoredAllocationItem;
import io.optionsv4.core.allocation.StoredStrategy;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.Conviction;
import io.optionsv4.core.selection.RecommendedLeg;
import io.optionsv4.core.selection.RiskTolerance;
import io.optionsv4.core.selection.StrategyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@link AllocationStore} on PostgreSQL: {@code strategy_plan_outcomes} (V6), the strategies of a day with their
 * legs ({@code strategies}, {@code strategy_details}, the industry from {@code stock_data}), and
 * {@code portfolio_allocations} / {@code portfolio_allocation_items} with the ALLOCATED status in
 * {@code strategy_execution_status}. Thread-safe.
 */
public final class JdbiAllocationStore implements AllocationStore {

    /** The industry of a symbol missing from {@code stock_data}. */
    public static final String UNCLASSIFIED = "Unclassified";

    private static final String UPSERT_OUTCOMES = "INSERT INTO strategy_plan_outcomes (strategy_id, lot_size,"
            + " target_probability, stop_probability, time_probability, target_pnl_per_lot, stop_pnl_per_lot,"
            + " time_pnl_per_lot) VALUES (:id, :lotSize, :pt, :ps, :pm, :vt, :vs, :vm)"
            + " ON CONFLICT (strategy_id) DO UPDATE SET lot_size = EXCLUDED.lot_size,"
            + " target_probability = EXCLUDED.target_probability, stop_probability = EXCLUDED.stop_probability,"
            + " time_probability = EXCLUDED.time_probability, target_pnl_per_lot = EXCLUDED.target_pnl_per_lot,"
            + " stop_pnl_per_lot = EXCLUDED.stop_pnl_per_lot, time_pnl_per_lot = EXCLUDED.time_pnl_per_lot";

    private static final String STRATEGIES = "SELECT s.id, s.symbol, s.strategy_name, s.spot_price, s.conviction,"
            + " s.total_score, coalesce(sd.industry, '" + UNCLASSIFIED + "') AS industry, o.lot_size,"
            + " o.target_probability, o.stop_probability, o.time_probability, o.target_pnl_per_lot,"
            + " o.stop_pnl_per_lot, o.time_pnl_per_lot FROM strategies s"
            + " LEFT JOIN stock_data sd ON sd.symbol = s.symbol"
            + " LEFT JOIN strategy_plan_outcomes o ON o.strategy_id = s.id"
            + " WHERE s.trade_date = :date ORDER BY s.id";

    private static final String MARK = "INSERT INTO strategy_execution_status (strategy_id, status, lots, message)"
            + " VALUES (:id, 'ALLOCATED', :lots, :message) ON CONFLICT (strategy_id) DO UPDATE SET"
            + " status = 'ALLOCATED', lots = EXCLUDED.lots, message = EXCLUDED.message, updated_at = now()"
            + " WHERE strategy_execution_status.status IN ('ALLOCATED', 'MARKED')";

    private final Jdbi jdbi;

    /** Creates the store over the handle factory of a migrated database. */
    public JdbiAllocationStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public void storePlanOutcomes(StrategyId id, int lotSize, OutcomeDistribution perLot) {
        storePlanOutcomes(List.of(new PlanOutcome(id, lotSize, perLot)));
    }

    @Override
    public void storePlanOutcomes(List<PlanOutcome> outcomes) {
        Checks.notNull(outcomes, "outcomes").forEach(o -> Checks.notNull(o, "outcome"));
        if (outcomes.isEmpty()) {
            return;
        }
        SqlErrors.run(
                (outcomes.size() == 1
                                ? "storing the plan outcomes of strategy "
                                        + outcomes.get(0).id().value()
                                : "storing the plan outcomes of " + outcomes.size() + " strategies (ids "
                                        + outcomes.get(0).id().value() + " to "
                                        + outcomes.get(outcomes.size() - 1).id().value() + ")")
                        + " into strategy_plan_outcomes",
                () -> jdbi.inTransaction(h -> {
                    PreparedBatch batch = h.prepareBatch(UPSERT_OUTCOMES);
                    for (PlanOutcome o : outcomes) {
                        OutcomeDistribution perLot = o.perLot();
                        batch.bind("id", o.id().value())
                                .bind("lotSize", o.lotSize())
                                .bind("pt", perLot.targetProbability())
                                .bind("ps", perLot.stopProbability())
                                .bind("pm", perLot.timeProbability())
                                .bind("vt", perLot.targetPnlPerLot())
                                .bind("vs", perLot.stopPnlPerLot())
                                .bind("vm", perLot.timePnlPerLot())
                                .add();
                    }
                    return batch.execute();
                }));
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
    public List<StoredStrategy> strategies(LocalDate tradeDate) {
        Checks.notNull(tradeDate, "tradeDate");
        return SqlErrors.run(
                "reading the strategies of " + tradeDate + " from strategies and strategy_details",
                () -> jdbi.withHandle(h -> read(h, tradeDate)));
    }

    private static List<StoredStrategy> read(Handle h, LocalDate tradeDate) {
        Map<Long, List<RecommendedLeg>> legs = new HashMap<>();
        h.createQuery("SELECT d.* FROM strategy_details d JOIN strategies s ON s.id = d.strategy_id"
                        + " WHERE s.trade_date = :date ORDER BY d.strategy_id, d.leg_index")
                .bind("date", tradeDate)
                .map((rs, ctx) -> Map.entry(rs.getLong("strategy_id"), AnalysisReader.leg(rs, ctx)))
                .forEach(e ->
                        legs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return h.createQuery(STRATEGIES)
                .bind("date", tradeDate)
                .map((rs, ctx) -> strategy(rs, legs.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static StoredStrategy strategy(ResultSet rs, List<RecommendedLeg> legs) throws SQLException {
        int lotSize = rs.getInt("lot_size");
        boolean known = !rs.wasNull();
        Optional<OutcomeDistribution> outcomes = known
                ? Optional.of(new OutcomeDistribution(
                        rs.getDouble("target_probability"),
                        rs.getDouble("stop_probability"),
                        rs.getDouble("time_probability"),
                        rs.getDouble("target_pnl_per_lot"),
                        rs.getDouble("stop_pnl_per_lot"),
                        rs.getDouble("time_pnl_per_lot")))
                : Optional.empty();
        return new StoredStrategy(
                new StrategyId(rs.getLong("id")),
                rs.getString("symbol"),
                rs.getString("industry"),
                rs.getString("strategy_name"),
                rs.getDouble("spot_price"),
                Conviction.valueOf(rs.getString("conviction")),
                rs.getDouble("total_score"),
                known ? Optional.of(lotSize) : Optional.empty(),
                outcomes,
                legs);
    }

    @Override
    public long save(StoredAllocation allocation) {
        Checks.notNull(allocation, "allocation");
        return SqlErrors.run(
                "storing the allocation of " + allocation.allocationDate() + " into portfolio_allocations",
                () -> jdbi.inTransaction(h -> insert(h, allocation)));
    }

    private static long insert(Handle h, StoredAllocation a) {
        long id = h.createUpdate("INSERT INTO portfolio_allocations (allocation_date, risk_profile, capital_paise,"
                        + " status, deployed_paise, expected_pnl_paise)"
                        + " VALUES (:date, :risk, :capital, 'FINAL', :deployed, :expected)")
                .bind("date", a.allocationDate())
                .bind("risk", a.risk().name())
                .bind("capital", a.capitalPaise())
                .bind("deployed", a.deployedPaise())
                .bind("expected", a.expectedPnlPaise())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        for (StoredAllocationItem i : a.items()) {
            h.createUpdate("INSERT INTO portfolio_allocation_items (allocation_id, strategy_id, tier, lots,"
                            + " allocated_paise, max_loss_paise, expected_pnl_paise, kelly_fraction, beta_to_nifty)"
                            + " VALUES (:id, :strategy, :tier, :lots, :allocated, :maxLoss, :expected, :kelly, :beta)")
                    .bind("id", id)
                    .bind("strategy", i.strategyId().value())
                    .bind("tier", i.tier())
                    .bind("lots", i.lots())
                    .bind("allocated", i.allocatedPaise())
                    .bind("maxLoss", i.maxLossPaise())
                    .bind("expected", i.expectedPnlPaise())
                    .bind("kelly", i.kellyFraction())
                    .bind("beta", i.betaToNifty())
                    .execute();
            h.createUpdate(MARK)
                    .bind("id", i.strategyId().value())
                    .bind("lots", i.lots())
                    .bind("message", "allocation " + id)
                    .execute();
        }
        return id;
    }

    @Override
    public Optional<StoredAllocation> find(long allocationId) {
        return SqlErrors.run(
                "reading allocation " + allocationId + " from portfolio_allocations",
                () -> jdbi.withHandle(h -> h.createQuery("SELECT * FROM portfolio_allocations WHERE id = :id")
                        .bind("id", allocationId)
                        .map((rs, ctx) -> new StoredAllocation(
                                rs.getObject("allocation_date", LocalDate.class),
                                RiskTolerance.valueOf(rs.getString("risk_profile")),
                                rs.getLong("capital_paise"),
                                rs.getLong("deployed_paise"),
                                rs.getLong("expected_pnl_paise"),
                                items(h, allocationId)))
                        .findOne()));
    }

    private static List<StoredAllocationItem> items(Handle h, long allocationId) {
        return h.createQuery("SELECT * FROM portfolio_allocation_items WHERE allocation_id = :id ORDER BY strategy_id")
                .bind("id", allocationId)
                .map((rs, ctx) -> new StoredAllocationItem(
                        new StrategyId(rs.getLong("strategy_id")),
                        rs.getInt("tier"),
                        rs.getInt("lots"),
                        rs.getLong("allocated_paise"),
                        rs.getLong("max_loss_paise"),
                        rs.getLong("expected_pnl_paise"),
                        rs.getDouble("kelly_fraction"),
                        rs.getDouble("beta_to_nifty")))
                .list();
    }
}
