package io.optionsv4.store.memory;

import io.optionsv4.core.result.Checks;
import io.optionsv4.core.selection.AnalysisStore;
import io.optionsv4.core.selection.ExpectedMoveRange;
import io.optionsv4.core.selection.StoreReceipt;
import io.optionsv4.core.selection.StrategyId;
import io.optionsv4.core.selection.StrategyRecommendation;
import io.optionsv4.core.selection.SymbolAnalysis;
import io.optionsv4.store.memory.MemoryBooks.StrategyRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@link AnalysisStore} in memory, as {@code JdbiAnalysisStore} keeps it: one strategy row per recommendation,
 * identified by symbol, trade date, strategy name and legs (a recommendation stored again keeps its first id and row),
 * new rows numbered in the order of the analysis, each with the stock-level figures of the analysis that stored it
 * ({@link #find} reads them from the day's first strategy). Thread-safe: each call holds the books' monitor.
 */
public final class MemoryAnalysisStore implements AnalysisStore {

    private final MemoryBooks books;

    /** Creates the store over {@code books}. */
    public MemoryAnalysisStore(MemoryBooks books) {
        this.books = Checks.notNull(books, "books");
    }

    @Override
    public StoreReceipt store(SymbolAnalysis analysis) {
        Checks.notNull(analysis, "analysis");
        synchronized (books) {
            List<StrategyRecommendation> recommendations = analysis.recommendations();
            // SymbolAnalysis refuses a key twice, so each recommendation is new or already stored
            int inserted = 0;
            int rank = 1;
            for (StrategyRecommendation r : recommendations) {
                String key = key(analysis, r);
                if (!books.strategyKeys.containsKey(key)) {
                    insert(analysis, r, rank, key);
                    inserted++;
                }
                rank++;
            }
            List<StrategyId> ids = new ArrayList<>(recommendations.size());
            recommendations.forEach(r -> ids.add(new StrategyId(books.strategyKeys.get(key(analysis, r)))));
            return new StoreReceipt(analysis.symbol(), analysis.tradeDate(), ids, inserted);
        }
    }

    private void insert(SymbolAnalysis analysis, StrategyRecommendation row, int rank, String key) {
        long id = books.strategies.size() + 1L;
        books.strategies.add(new StrategyRow(
                id,
                analysis.symbol(),
                analysis.tradeDate(),
                analysis.spot(),
                row.totalScore(),
                row.conviction(),
                rank,
                row,
                analysis));
        books.strategyKeys.put(key, id);
        if (books.latestDay == null || analysis.tradeDate().isAfter(books.latestDay)) {
            books.latestDay = analysis.tradeDate();
        }
        books.strategiesByDay
                .computeIfAbsent(analysis.tradeDate(), d -> new ArrayList<>())
                .add(id);
        books.strategiesByDaySymbol
                .computeIfAbsent(analysis.tradeDate(), d -> new TreeMap<>())
                .computeIfAbsent(analysis.symbol(), s -> new ArrayList<>())
                .add(id);
    }

    @Override
    public List<StoreReceipt> storeAll(List<SymbolAnalysis> analyses) {
        return Checks.notNull(analyses, "analyses").stream().map(this::store).toList();
    }

    /** Stores each in turn under one lock: nothing else is seen between them, and storing here does not fail. */
    @Override
    public List<StoreReceipt> storeTogether(List<SymbolAnalysis> analyses) {
        Checks.notNull(analyses, "analyses").forEach(a -> Checks.notNull(a, "analysis"));
        synchronized (books) {
            return analyses.stream().map(this::store).toList();
        }
    }

    @Override
    public Optional<SymbolAnalysis> find(String symbol, LocalDate tradeDate) {
        Checks.notBlank(symbol, "symbol");
        Checks.notNull(tradeDate, "tradeDate");
        synchronized (books) {
            var day = books.strategiesByDaySymbol.get(tradeDate);
            List<Long> ids = day == null ? null : day.get(symbol);
            if (ids == null || ids.isEmpty()) {
                return Optional.empty();
            }
            List<StrategyRecommendation> recommendations = new ArrayList<>(ids.size());
            for (long id : ids) {
                recommendations.add(books.strategy(id).orElseThrow().recommendation());
            }
            StrategyRow first = books.strategy(ids.get(0)).orElseThrow();
            SymbolAnalysis stock = first.stock();
            List<ExpectedMoveRange> moves = new ArrayList<>(stock.expectedMoves());
            moves.sort(Comparator.comparingInt(ExpectedMoveRange::horizonDays));
            return Optional.of(new SymbolAnalysis(
                    symbol,
                    tradeDate,
                    first.spot(),
                    stock.market(),
                    stock.iv(),
                    stock.levels(),
                    stock.priceLevels(),
                    moves,
                    recommendations));
        }
    }

    @Override
    public List<String> symbols(LocalDate tradeDate) {
        Checks.notNull(tradeDate, "tradeDate");
        synchronized (books) {
            var day = books.strategiesByDaySymbol.get(tradeDate);
            return day == null ? List.of() : List.copyOf(day.keySet());
        }
    }

    private static String key(SymbolAnalysis analysis, StrategyRecommendation r) {
        return analysis.symbol() + "\n" + analysis.tradeDate() + "\n" + r.strategyName() + "\n" + r.legsKey();
    }
}
