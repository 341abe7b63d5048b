package io.optionsv4.store;

import io.optionsv4.core.result.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What {@code options-v4 check} and {@code options-v4 cleanup} do: report what is stored for a day and the problems
 * found, and remove old analysis rows. Cleanup never removes trading rows (orders, trades, execution status, positions,
 * exit actions, funds), the audit log, IV history or reference data, nor a strategy any of those refer to.
 */
public final class DatabaseMaintenance {

    /** The strategy tables whose rows belong to a trade date through {@code strategies}. */
    static final List<String> STRATEGY_CHILDREN = List.of(
            "strategy_details",
            "strategy_parameters",
            "strategy_monitoring",
            "strategy_risk_management",
            "strategy_greek_exposures",
            "strategy_market_analysis",
            "strategy_iv_analysis",
            "strategy_price_levels",
            "strategy_expected_moves",
            "strategy_exit_levels",
            "strategy_component_scores");

    private static final Map<String, String> DATED_TABLES = Map.of(
            "option_chain_data", "trade_date",
            "market_conditions", "trade_date",
            "historical_iv_summary", "trade_date",
            "iv_percentiles", "as_of_date");

    private static final String REFERENCED = "EXISTS (SELECT 1 FROM orders o WHERE o.strategy_id = s.id)"
            + " OR EXISTS (SELECT 1 FROM trades t WHERE t.strategy_id = s.id)"
            + " OR EXISTS (SELECT 1 FROM strategy_execution_status e WHERE e.strategy_id = s.id)"
            + " OR EXISTS (SELECT 1 FROM portfolio_allocation_items p WHERE p.strategy_id = s.id)"
            + " OR EXISTS (SELECT 1 FROM exit_actions x WHERE x.strategy_id = s.id)"
            + " OR EXISTS (SELECT 1 FROM fund_ledger f WHERE f.strategy_id = s.id)";

    private final Jdbi jdbi;

    /** Creates the maintenance over {@code jdbi}, whose database has been migrated. */
    public DatabaseMaintenance(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    /**
     * What is stored for one day.
     *
     * @param date the day
     * @param counts rows per table for the day (reference tables: all rows)
     * @param symbols the stocks with strategies that day
     * @param strategies strategies that day per strategy name
     * @param problems one line per problem found (incomplete strategies, NaN values, duplicates); empty when clean
     */
    public record DayReport(
            LocalDate date,
            Map<String, Integer> counts,
            List<String> symbols,
            Map<String, Integer> strategies,
            List<String> problems) {}

    /**
     * What a cleanup removed.
     *
     * @param cutoff rows of days before this date were candidates
     * @param removed rows removed per table
     * @param keptForTrading old strategies kept because trading rows refer to them
     */
    public record CleanupReport(LocalDate cutoff, Map<String, Integer> removed, int keptForTrading) {}

    /** Reports what is stored for {@code date}. */
    public DayReport check(LocalDate date) {
        Checks.notNull(date, "date");
        return SqlErrors.run(
                "checking " + date,
                () -> jdbi.inTransaction(h -> new DayReport(
                        date,
                        counts(h, date),
                        h.createQuery("SELECT DISTINCT symbol FROM strategies WHERE trade_date = :d ORDER BY symbol")
                                .bind("d", date)
                                .mapTo(String.class)
                                .list(),
                        strategyCounts(h, date),
                        problems(h, date))));
    }

    /** Removes analysis rows of days before {@code cutoff} in one transaction and says what it removed. */
    public CleanupReport cleanup(LocalDate cutoff) {
        Checks.notNull(cutoff, "cutoff");
        return SqlErrors.run(
                "cleaning up before " + cutoff,
                () -> jdbi.inTransaction(h -> {
                    Map<String, Integer> removed = new LinkedHashMap<>();
                    String old =
                            "SELECT s.id FROM strategies s WHERE s.trade_date < :cutoff AND NOT (" + REFERENCED + ")";
                    for (String table : STRATEGY_CHILDREN) {
                        removed.put(
                                table,
                                h.createQuery("SELECT count(*) FROM " + table + " WHERE strategy_id IN (" + old + ")")
                                        .bind("cutoff", cutoff)
                                        .mapTo(Integer.class)
                                        .one());
                    }
                    int kept = h.createQuery("SELECT count(*) FROM strategies s WHERE s.trade_date < :cutoff AND ("
                                    + REFERENCED + ")")
                            .bind("cutoff", cutoff)
                            .mapTo(Integer.class)
                            .one();
                    removed.put(
                            "strategies",
                            h.createUpdate("DELETE FROM strategies WHERE id IN (" + old + ")")
                                    .bind("cutoff", cutoff)
                                    .execute());
                    removed.put(
                            "option_chain_data",
                            h.createUpdate("DELETE FROM option_chain_data WHERE trade_date < :cutoff")
                                    .bind("cutoff", cutoff)
                                    .execute());
                    return new CleanupReport(cutoff, removed, kept);
                }));
    }

    private static Map<String, Integer> counts(Handle h, LocalDate date) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("strategies", count(h, "SELECT count(*) FROM strategies WHERE trade_date = :d", date));
        for (String table : STRATEGY_CHILDREN) {
            counts.put(
                    table,
                    count(
                            h,
                            "SELECT count(*) FROM " + table + " c JOIN strategies s ON s.id = c.strategy_id"
                                    + " WHERE s.trade_date = :d",
                            date));
        }
        DATED_TABLES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> counts.put(
                        e.getKey(),
                        count(h, "SELECT count(*) FROM " + e.getKey() + " WHERE " + e.getValue() + " = :d", date)));
        for (String table : List.of("stock_data", "industry_allocations_current", "sector_allocations_current")) {
            counts.put(table, count(h, "SELECT count(*) FROM " + table + " WHERE :d IS NOT NULL", date));
        }
        return counts;
    }

    private static Map<String, Integer> strategyCounts(Handle h, LocalDate date) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        h.createQuery("SELECT strategy_name, count(*) FROM strategies WHERE trade_date = :d"
                        + " GROUP BY strategy_name ORDER BY count(*) DESC, strategy_name")
                .bind("d", date)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static List<String> problems(Handle h, LocalDate date) {
        List<String> problems = new ArrayList<>();
        for (String table : List.of("strategy_details", "strategy_parameters", "strategy_market_analysis")) {
            int missing = count(
                    h,
                    "SELECT count(*) FROM strategies s WHERE s.trade_date = :d AND NOT EXISTS (SELECT 1 FROM " + table
                            + " c WHERE c.strategy_id = s.id)",
                    date);
            if (missing > 0) {
                problems.add(missing + " strategies without rows in " + table + " (incomplete analysis)");
            }
        }
        int duplicates = count(
                h,
                "SELECT count(*) FROM (SELECT 1 FROM strategies WHERE trade_date = :d"
                        + " GROUP BY symbol, strategy_name, legs_key HAVING count(*) > 1) d",
                date);
        if (duplicates > 0) {
            problems.add(duplicates + " duplicate strategies (same symbol, strategy and legs)");
        }
        problems.addAll(NanScan.scan(h, date));
        return problems;
    }

    static int count(Handle h, String sql, LocalDate date) {
        return h.createQuery(sql).bind("d", date).mapTo(Integer.class).one();
    }
}
