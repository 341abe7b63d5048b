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
import java.util.HashSet;
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

    /**
     * Stores {@code analyses} on {@code handle} with one statement per table for them all: one lookup of the keys
     * stored already, one batch of new strategies, one batch per child table. A key met twice keeps the row of its
     * first analysis (as storing them one by one would); twice in one analysis, its first row and its last
     * recommendation's child rows (as the batch with {@code ON CONFLICT DO NOTHING} does).
     */
    private static List<StoreReceipt> store(Handle handle, List<SymbolAnalysis> analyses, String what) {
        Map<String, Long> ids = existingIds(handle, analyses);
        List<Map<String, StrategyRecommendation>> missing = new ArrayList<>(analyses.size());
        Set<String> claimed = new HashSet<>();
        boolean anyMissing = false;
        for (SymbolAnalysis analysis : analyses) {
            Map<String, StrategyRecommendation> own = new LinkedHashMap<>();
            for (StrategyRecommendation r : analysis.recommendations()) {
                String key = key(analysis, r);
                if (!ids.containsKey(key) && !claimed.contains(key)) {
                    own.put(key, r); // claimed by an earlier analysis: that one's row stands
                }
            }
            claimed.addAll(own.keySet());
            anyMissing |= !own.isEmpty();
            missing.add(own);
        }
        Map<Long, StrategyRecommendation> fresh = new LinkedHashMap<>();
        Map<Long, Integer> owners = new HashMap<>(); // new id to the index of its analysis
        if (anyMissing) {
            insertStrategies(handle, analyses, missing, ids, fresh, owners, what);
        }
        boolean allKnown =
                analyses.stream().allMatch(a -> a.recommendations().stream().allMatch(r -> ids.containsKey(key(a, r))));
        if (!allKnown) {
            ids.putAll(existingIds(handle, analyses));
        }
        Map<Long, SymbolAnalysis> ownerAnalyses = new HashMap<>();
        int[] inserted = new int[analyses.size()];
        owners.forEach((id, a) -> {
            ownerAnalyses.put(id, analyses.get(a));
            inserted[a]++;
        });
        new AnalysisWriter(handle, what, ownerAnalyses).writeChildren(fresh);
        List<StoreReceipt> receipts = new ArrayList<>(analyses.size());
        for (int a = 0; a < analyses.size(); a++) {
            SymbolAnalysis analysis = analyses.get(a);
            List<StrategyId> strategyIds =
                    new ArrayList<>(analysis.recommendations().size());
            analysis.recommendations().forEach(r -> strategyIds.add(new StrategyId(ids.get(key(analysis, r)))));
            receipts.add(new StoreReceipt(analysis.symbol(), analysis.tradeDate(), strategyIds, inserted[a]));
        }
        return receipts;
    }

    private static void insertStrategies(
            Handle handle,
            List<SymbolAnalysis> analyses,
            List<Map<String, StrategyRecommendation>> missing,
            Map<String, Long> ids,
            Map<Long, StrategyRecommendation> fresh,
            Map<Long, Integer> owners,
            String what) {
        PreparedBatch batch = handle.prepareBatch(INSERT_STRATEGY);
        Map<String, Integer> ownerOf = new HashMap<>();
        Map<String, StrategyRecommendation> childrenOf = new HashMap<>();
        for (int a = 0; a < analyses.size(); a++) {
            SymbolAnalysis analysis = analyses.get(a);
            Map<String, StrategyRecommendation> own = missing.get(a);
            int rank = 1;
            for (StrategyRecommendation r : analysis.recommendations()) {
                String key = key(analysis, r);
                StrategyRecommendation children = own.get(key);
                if (children != null) {
                    ownerOf.put(key, a);
                    childrenOf.put(key, children);
                    Optional<NetEconomics> economics = children.economics();
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
        try {
            batch.executePreparedBatch("id", "symbol", "trade_date", "strategy_name", "legs_key")
                    .map((rs, ctx) -> Map.entry(
                            key(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)),
                            rs.getLong(1)))
                    .forEach(e -> {
                        ids.put(e.getKey(), e.getValue());
                        fresh.put(e.getValue(), childrenOf.get(e.getKey()));
                        owners.put(e.getValue(), ownerOf.get(e.getKey()));
                    });
        } catch (JdbiException e) {
            throw SqlErrors.wrap(what + " into strategies", e);
        }
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
