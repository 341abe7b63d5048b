package io.optionsv4.store;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@link AnalysisStore} on PostgreSQL through JDBI: {@code strategies} plus the eleven {@code strategy_*} tables.
 *
 * <p>One {@link #store} is one transaction: it looks up which recommendations exist already (by the idempotency key
 * {@code strategies_idempotency_key}: symbol, trade date, strategy name, legs), inserts the others in one batch with
 * {@code ON CONFLICT DO NOTHING} (so a concurrent writer of the same day cannot create duplicates either), then writes
 * their child rows with one batch per table. The stock-level figures (market, IV, levels, price levels, expected moves)
 * are kept per strategy as in the original; {@link #find} reads them from the first strategy. Thread-safe.
 */
public final class JdbiAnalysisStore implements AnalysisStore {

    private static final String INSERT_STRATEGY = "INSERT INTO strategies (symbol, trade_date, strategy_name,"
            + " legs_key, spot_price, total_score, conviction, rank_in_symbol) VALUES (:symbol, :date, :name, :legs,"
            + " :spot, :score, :conviction, :rank) ON CONFLICT ON CONSTRAINT strategies_idempotency_key DO NOTHING";

    private final Jdbi jdbi;

    /** Creates the store over {@code jdbi}, whose database has been migrated. */
    public JdbiAnalysisStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public StoreReceipt store(SymbolAnalysis analysis) {
        Checks.notNull(analysis, "analysis");
        String what = "storing the analysis of " + analysis.symbol() + " " + analysis.tradeDate();
        return SqlErrors.run(what, () -> jdbi.inTransaction(handle -> store(handle, analysis)));
    }

    @Override
    public List<StoreReceipt> storeAll(List<SymbolAnalysis> analyses) {
        return Checks.notNull(analyses, "analyses").stream().map(this::store).toList();
    }

    @Override
    public Optional<SymbolAnalysis> find(String symbol, LocalDate tradeDate) {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(tradeDate, "tradeDate");
        return SqlErrors.run(
                "reading the analysis of " + symbol + " " + tradeDate,
                () -> jdbi.inTransaction(handle -> new AnalysisReader(handle).read(symbol, tradeDate)));
    }

    @Override
    public List<String> symbols(LocalDate tradeDate) {
        Checks.notNull(tradeDate, "tradeDate");
        return SqlErrors.run(
                "listing the analyses of " + tradeDate,
                () -> jdbi.withHandle(handle -> handle.createQuery(
                                "SELECT DISTINCT symbol FROM strategies WHERE trade_date = :date ORDER BY symbol")
                        .bind("date", tradeDate)
                        .mapTo(String.class)
                        .list()));
    }

    private static StoreReceipt store(Handle handle, SymbolAnalysis analysis) {
        Map<String, Long> ids = existingIds(handle, analysis);
        Map<String, StrategyRecommendation> missing = new LinkedHashMap<>();
        List<StrategyRecommendation> recommendations = analysis.recommendations();
        for (StrategyRecommendation r : recommendations) {
            if (!ids.containsKey(key(r.strategyName(), r.legsKey()))) {
                missing.put(key(r.strategyName(), r.legsKey()), r);
            }
        }
        Map<Long, StrategyRecommendation> fresh = insertStrategies(handle, analysis, missing, ids);
        if (ids.size() < recommendations.size()) {
            ids.putAll(existingIds(handle, analysis));
        }
        new AnalysisWriter(handle, analysis).writeChildren(fresh);
        List<StrategyId> strategyIds = new ArrayList<>(recommendations.size());
        recommendations.forEach(r -> strategyIds.add(new StrategyId(ids.get(key(r.strategyName(), r.legsKey())))));
        return new StoreReceipt(analysis.symbol(), analysis.tradeDate(), strategyIds, fresh.size());
    }

    private static Map<Long, StrategyRecommendation> insertStrategies(
            Handle handle,
            SymbolAnalysis analysis,
            Map<String, StrategyRecommendation> missing,
            Map<String, Long> ids) {
        Map<Long, StrategyRecommendation> fresh = new LinkedHashMap<>();
        if (missing.isEmpty()) {
            return fresh;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT_STRATEGY);
        int rank = 1;
        for (StrategyRecommendation r : analysis.recommendations()) {
            if (missing.containsKey(key(r.strategyName(), r.legsKey()))) {
                batch.bind("symbol", analysis.symbol())
                        .bind("date", analysis.tradeDate())
                        .bind("name", r.strategyName())
                        .bind("legs", r.legsKey())
                        .bind("spot", analysis.spot())
                        .bind("score", r.totalScore())
                        .bind("conviction", r.conviction().name())
                        .bind("rank", rank)
                        .add();
            }
            rank++;
        }
        try {
            batch.executePreparedBatch("id", "strategy_name", "legs_key")
                    .map((rs, ctx) -> Map.entry(key(rs.getString(2), rs.getString(3)), rs.getLong(1)))
                    .forEach(e -> {
                        ids.put(e.getKey(), e.getValue());
                        fresh.put(e.getValue(), missing.get(e.getKey()));
                    });
        } catch (JdbiException e) {
            throw SqlErrors.wrap(
                    "storing the analysis of " + analysis.symbol() + " " + analysis.tradeDate() + " into strategies",
                    e);
        }
        return fresh;
    }

    private static Map<String, Long> existingIds(Handle handle, SymbolAnalysis analysis) {
        Map<String, Long> ids = new HashMap<>();
        handle.createQuery("SELECT id, strategy_name, legs_key FROM strategies"
                        + " WHERE symbol = :symbol AND trade_date = :date")
                .bind("symbol", analysis.symbol())
                .bind("date", analysis.tradeDate())
                .map((rs, ctx) -> Map.entry(key(rs.getString(2), rs.getString(3)), rs.getLong(1)))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    private static String key(String strategyName, String legsKey) {
        return strategyName + "\n" + legsKey;
    }
}
