package io.optionsv4.store;

import io.optionsv4.core.money.Money;
import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.NetEconomics;
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
import java.util.Set;
import java.util.TreeSet;
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
 * their child rows with one batch per table. {@link #storeTogether} does the same for many analyses at once: one
 * statement per table for them all and one commit. The stock-level figures (market, IV, levels, price levels,
 * expected moves) are kept per strategy as in the original; {@link #find} reads them from the first strategy.
 * Thread-safe.
 */
public final class JdbiAnalysisStore implements AnalysisStore {

    private static final String INSERT_STRATEGY = "INSERT INTO strategies (symbol, trade_date, strategy_name,"
            + " legs_key, spot_price, total_score, conviction, rank_in_symbol, net_max_profit_paise,"
            + " net_max_loss_paise, net_expected_value_paise, net_ev_paise, net_probability_of_profit,"
            + " costs_total_paise, capital_required_paise) VALUES (:symbol, :date, :name, :legs, :spot, :score,"
            + " :conviction, :rank, :maxProfit, :maxLoss, :ev, :planEv, :pop, :costs, :capital)"
            + " ON CONFLICT ON CONSTRAINT strategies_idempotency_key DO NOTHING";

    private final Jdbi jdbi;

    /** Creates the store over {@code jdbi}, whose database has been migrated. */
    public JdbiAnalysisStore(Jdbi jdbi) {
        this.jdbi = Checks.notNull(jdbi, "jdbi");
    }

    @Override
    public StoreReceipt store(SymbolAnalysis analysis) {
        return storeTogether(List.of(Checks.notNull(analysis, "analysis"))).get(0);
    }

    @Override
    public List<StoreReceipt> storeAll(List<SymbolAnalysis> analyses) {
        return Checks.notNull(analyses, "analyses").stream().map(this::store).toList();
    }

    @Override
    public List<StoreReceipt> storeTogether(List<SymbolAnalysis> analyses) {
        Checks.notNull(analyses, "analyses").forEach(a -> Checks.notNull(a, "analysis"));
        if (analyses.isEmpty()) {
            return List.of();
        }
        String what = analyses.size() == 1
                ? "storing the analysis of " + analyses.get(0).symbol() + " "
                        + analyses.get(0).tradeDate()
                : "storing the analyses of " + analyses.size() + " symbols ("
                        + analyses.get(0).symbol() + " to "
                        + analyses.get(analyses.size() - 1).symbol() + ") in one transaction";
        return SqlErrors.run(what, () -> jdbi.inTransaction(handle -> store(handle, analyses, what)));
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

    /** A strategy to insert: the index of its analysis and its recommendation. */
    private record Pending(int analysis, StrategyRecommendation recommendation) {}

    /**
     * Stores {@code analyses} on {@code handle} with one statement per table for them all: one lookup of the keys
     * stored already, one batch of new strategies, one batch per child table. A key in two analyses keeps the row of
     * the first (as storing them one by one would; one analysis holds a key once, {@link SymbolAnalysis} checks).
     */
    private static List<StoreReceipt> store(Handle handle, List<SymbolAnalysis> analyses, String what) {
        Map<String, Long> ids = existingIds(handle, analyses);
        Map<String, Pending> pending = new HashMap<>();
        for (int a = 0; a < analyses.size(); a++) {
            for (StrategyRecommendation r : analyses.get(a).recommendations()) {
                String key = key(analyses.get(a), r);
                if (!ids.containsKey(key)) {
                    pending.putIfAbsent(key, new Pending(a, r));
                }
            }
        }
        Map<Long, Pending> inserted =
                pending.isEmpty() ? Map.of() : insertStrategies(handle, analyses, pending, ids, what);
        if (inserted.size() < pending.size()) {
            ids.putAll(existingIds(handle, analyses)); // inserted meanwhile by another writer
        }
        Map<Long, StrategyRecommendation> fresh = new LinkedHashMap<>();
        Map<Long, SymbolAnalysis> owners = new HashMap<>();
        int[] insertedPerAnalysis = new int[analyses.size()];
        inserted.forEach((id, p) -> {
            fresh.put(id, p.recommendation());
            owners.put(id, analyses.get(p.analysis()));
            insertedPerAnalysis[p.analysis()]++;
        });
        new AnalysisWriter(handle, what, owners).writeChildren(fresh);
        List<StoreReceipt> receipts = new ArrayList<>(analyses.size());
        for (int a = 0; a < analyses.size(); a++) {
            SymbolAnalysis analysis = analyses.get(a);
            List<StrategyId> strategyIds = analysis.recommendations().stream()
                    .map(r -> new StrategyId(ids.get(key(analysis, r))))
                    .toList();
            receipts.add(
                    new StoreReceipt(analysis.symbol(), analysis.tradeDate(), strategyIds, insertedPerAnalysis[a]));
        }
        return receipts;
    }

    /** Inserts the pending strategies in the analyses' order; returns the ids inserted, in that order. */
    private static Map<Long, Pending> insertStrategies(
            Handle handle,
            List<SymbolAnalysis> analyses,
            Map<String, Pending> pending,
            Map<String, Long> ids,
            String what) {
        PreparedBatch batch = handle.prepareBatch(INSERT_STRATEGY);
        for (int a = 0; a < analyses.size(); a++) {
            SymbolAnalysis analysis = analyses.get(a);
            int rank = 1;
            for (StrategyRecommendation r : analysis.recommendations()) {
                Pending p = pending.get(key(analysis, r));
                if (p != null && p.analysis() == a) {
                    Optional<NetEconomics> economics = r.economics();
                    batch.bind("symbol", analysis.symbol())
                            .bind("date", analysis.tradeDate())
                            .bind("name", r.strategyName())
                            .bind("legs", r.legsKey())
                            .bind("spot", analysis.spot())
                            .bind("score", r.totalScore())
                            .bind("conviction", r.conviction().name())
                            .bind("rank", rank)
                            .bind("maxProfit", paise(economics.flatMap(NetEconomics::netMaxProfit)))
                            .bind("maxLoss", paise(economics.flatMap(NetEconomics::netMaxLoss)))
                            .bind("ev", paise(economics.map(NetEconomics::netExpectedValue)))
                            .bind("planEv", paise(economics.map(NetEconomics::netExpectedValueUnderPlan)))
                            .bind(
                                    "pop",
                                    economics
                                            .map(NetEconomics::netProbabilityOfProfit)
                                            .orElse(null))
                            .bind("costs", paise(economics.map(NetEconomics::costsTotal)))
                            .bind("capital", paise(economics.map(NetEconomics::capitalRequired)))
                            .add();
                }
                rank++;
            }
        }
        Map<Long, Pending> inserted = new LinkedHashMap<>();
        try {
            batch.executePreparedBatch("id", "symbol", "trade_date", "strategy_name", "legs_key")
                    .map((rs, ctx) -> Map.entry(
                            key(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)),
                            rs.getLong(1)))
                    .forEach(e -> {
                        ids.put(e.getKey(), e.getValue());
                        inserted.put(e.getValue(), pending.get(e.getKey()));
                    });
        } catch (JdbiException e) {
            throw SqlErrors.wrap(what + " into strategies", e);
        }
        return inserted;
    }

    /** Returns the ids stored already under the keys of {@code analyses}: one lookup per trade date among them. */
    private static Map<String, Long> existingIds(Handle handle, List<SymbolAnalysis> analyses) {
        Map<LocalDate, Set<String>> symbolsByDate = new LinkedHashMap<>();
        analyses.forEach(a -> symbolsByDate
                .computeIfAbsent(a.tradeDate(), d -> new TreeSet<>())
                .add(a.symbol()));
        Map<String, Long> ids = new HashMap<>();
        symbolsByDate.forEach((date, symbols) -> handle.createQuery(
                        "SELECT id, symbol, strategy_name, legs_key FROM strategies"
                                + " WHERE trade_date = :date AND symbol = ANY(:symbols)")
                .bind("date", date)
                .bindArray("symbols", String.class, List.copyOf(symbols))
                .map((rs, ctx) ->
                        Map.entry(key(rs.getString(2), date, rs.getString(3), rs.getString(4)), rs.getLong(1)))
                .forEach(e -> ids.put(e.getKey(), e.getValue())));
        return ids;
    }

    /** Returns the amount in paise, or null (SQL NULL) when absent. */
    private static Long paise(Optional<Money> amount) {
        return amount.map(Money::paise).orElse(null);
    }

    private static String key(SymbolAnalysis analysis, StrategyRecommendation r) {
        return key(analysis.symbol(), analysis.tradeDate(), r.strategyName(), r.legsKey());
    }

    private static String key(String symbol, LocalDate date, String strategyName, String legsKey) {
        return symbol + "\n" + date + "\n" + strategyName + "\n" + legsKey;
    }
}
